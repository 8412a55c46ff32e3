/**
 * The Cypher runner: applies `cypher/schema/*.cypher` (constraints, indexes) and
 * `cypher/data/*.cypher` (curated data) statement by statement, in file-name
 * order. Scripts are written to be idempotent (IF NOT EXISTS, MERGE on stable
 * ids), so running twice creates nothing the second time. Each data file is
 * applied in one transaction; each schema statement in its own.
 */
import { Driver, ManagedTransaction, Record as Neo4jRecord, ResultSummary } from 'neo4j-driver';
import { refreshAllAccessPaths } from './access-paths';
import { readScriptFolder, ScriptFile, Statement } from './cypher-files';
import { evidence } from './queries';
import { runQuery } from './query';
import { deriveAllTimeBounds } from './time-bounds';

export interface FileReport {
  file: string;
  statements: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  schemaChanges: number;
  ms: number;
}

export class CypherScriptError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly databaseMessage: string,
    readonly databaseCode: string | undefined,
  ) {
    super(`${file}:${line}: ${databaseMessage}${databaseCode ? ` [${databaseCode}]` : ''}`);
    this.name = 'CypherScriptError';
  }
}

/**
 * A data script named an id that does not exist. Without this check a `MATCH` on a misspelt
 * id silently matches nothing and the script "succeeds" with a fact missing.
 */
export class MissingReferenceError extends CypherScriptError {
  constructor(
    file: string,
    line: number,
    readonly statementLine: number,
    readonly missingId: string,
  ) {
    super(
      file,
      line,
      `the statement at line ${statementLine} refers to '${missingId}', which does not exist ` +
        '(misspelt, or defined in a later file?); nothing of this file was applied',
      undefined,
    );
    this.name = 'MissingReferenceError';
  }
}

/** A fact a data statement wrote, whose evidence summaries must be refreshed (docs/evidence.md). */
interface FactKey {
  id: string;
  from: string | null;
  to: string | null;
}

export type Phase = 'schema' | 'data';

export interface RunOptions {
  database: string;
  /** The folder holding schema/ and data/ (default: the project's cypher/). */
  cypherDir?: string;
  /** Called after each file with its report (the CLI prints one line per file). */
  onFile?: (report: FileReport) => void;
  /**
   * Schema phase only: apply just the statements this accepts (the online loader creates the
   * constraints first and the other indexes after loading: src/load/schema.ts).
   */
  statements?: (statement: Statement) => boolean;
}

async function runFile(
  driver: Driver,
  file: ScriptFile,
  phase: Phase,
  database: string,
  accept: (statement: Statement) => boolean = () => true,
): Promise<FileReport> {
  const started = Date.now();
  const report: FileReport = {
    file: file.name,
    statements: file.statements.length,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    schemaChanges: 0,
    ms: 0,
  };
  const tally = (summary: ResultSummary): void => {
    const u = summary.counters.updates();
    report.nodesCreated += u.nodesCreated;
    report.nodesDeleted += u.nodesDeleted;
    report.relationshipsCreated += u.relationshipsCreated;
    report.relationshipsDeleted += u.relationshipsDeleted;
    report.schemaChanges += u.indexesAdded + u.indexesRemoved + u.constraintsAdded + u.constraintsRemoved;
  };
  const session = driver.session({ database });
  let current: Statement | undefined;
  try {
    if (phase === 'schema') {
      // Neo4j does not allow several schema changes, or schema and data changes, in one
      // transaction, so each schema statement commits on its own.
      for (const statement of file.statements.filter(accept)) {
        current = statement;
        tally(await session.executeWrite(async (tx) => (await tx.run(statement.text)).summary));
      }
    } else {
      // A data file is one transaction: it lands whole or not at all, so a failing
      // statement never leaves a half-written file behind (and one commit is far
      // cheaper than one per statement).
      const summaries = await session.executeWrite(async (tx) => {
        const out: ResultSummary[] = [];
        const facts: FactKey[] = [];
        for (const statement of file.statements) {
          current = statement;
          const result = await tx.run(statement.text);
          facts.push(...checkDataRows(file.name, statement, result.records));
          out.push(result.summary);
        }
        if (facts.length) await refreshSummaries(tx, file.name, facts);
        return out;
      });
      summaries.forEach(tally);
    }
  } catch (error) {
    if (error instanceof CypherScriptError) throw error;
    const e = error as { message?: string; code?: string };
    throw new CypherScriptError(file.name, current?.line ?? 1, e.message ?? String(error), e.code);
  } finally {
    await session.close();
  }
  report.ms = Date.now() - started;
  return report;
}

/**
 * The data scripts' two result columns (cypher/data/*.cypher): `missing`, the id a row named
 * that does not exist (null when all were found), and `fact`, a fact the statement wrote.
 * A missing id fails the file (the transaction rolls back), naming the line the id is on.
 */
function checkDataRows(file: string, statement: Statement, records: Neo4jRecord[]): FactKey[] {
  const facts: FactKey[] = [];
  for (const record of records) {
    if (record.has('missing') && record.get('missing') !== null) {
      const id = String(record.get('missing'));
      // The statement's text keeps the comments before it; statement.line is its first code line.
      const lines = statement.text.split('\n');
      const firstCode = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('//'));
      const offset = lines.findIndex((l) => l.includes(`'${id}'`));
      throw new MissingReferenceError(file, statement.line + Math.max(offset - firstCode, 0), statement.line, id);
    }
    if (record.has('fact') && record.get('fact') !== null) {
      const f = record.get('fact') as { id: string; from?: string | null; to?: string | null };
      facts.push({ id: f.id, from: f.from ?? null, to: f.to ?? null });
    }
  }
  return facts;
}

/** Recompute the evidence summaries of the facts a file wrote, in the file's transaction. */
async function refreshSummaries(tx: ManagedTransaction, file: string, facts: FactKey[]): Promise<void> {
  const rows = await runQuery(tx, evidence.refreshSummaries, { facts });
  if (rows.length !== facts.length) {
    const found = new Set(rows.map((r) => String(r.id)));
    const lost = facts.find((f) => !found.has(f.id));
    throw new CypherScriptError(file, 1, `summaries not refreshed for fact '${lost?.id ?? '?'}'`, undefined);
  }
}

/** Apply one phase's scripts; stops at the first failing statement. */
export async function runPhase(driver: Driver, phase: Phase, options: RunOptions): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of readScriptFolder(phase, options.cypherDir)) {
    const report = await runFile(driver, file, phase, options.database, options.statements);
    reports.push(report);
    options.onFile?.(report);
  }
  if (phase === 'schema') {
    // Data scripts MERGE on constrained ids; wait until the backing indexes are online
    // so those MERGEs are index lookups and the uniqueness guarantees are in force.
    const session = driver.session({ database: options.database });
    try {
      await session.run('CALL db.awaitIndexes(300)');
    } finally {
      await session.close();
    }
  }
  return reports;
}

/** `db:migrate`: the schema phase. */
export const migrate = (driver: Driver, options: RunOptions): Promise<FileReport[]> =>
  runPhase(driver, 'schema', options);

/**
 * `db:seed`: the schema phase (seeding needs it), the data phase, then the time bounds of the whole
 * graph (docs/ontology.md, Time: cypher/queries/time/bounds.cypher) and its access paths (Access
 * paths: cypher/queries/access/refresh.cypher), which read the time bounds. Idempotent: a second
 * run creates nothing.
 */
export async function seed(driver: Driver, options: RunOptions): Promise<FileReport[]> {
  const schema = await runPhase(driver, 'schema', options);
  const data = await runPhase(driver, 'data', options);
  await deriveAllTimeBounds(driver, options.database);
  await refreshAllAccessPaths(driver, options.database);
  return [...schema, ...data];
}

export function formatReport(r: FileReport): string {
  const parts = [`${r.statements} statement${r.statements === 1 ? '' : 's'}`];
  if (r.schemaChanges) parts.push(`${r.schemaChanges} schema change${r.schemaChanges === 1 ? '' : 's'}`);
  if (r.nodesCreated) parts.push(`+${r.nodesCreated} nodes`);
  if (r.relationshipsCreated) parts.push(`+${r.relationshipsCreated} relationships`);
  if (r.nodesDeleted) parts.push(`-${r.nodesDeleted} nodes`);
  if (r.relationshipsDeleted) parts.push(`-${r.relationshipsDeleted} relationships`);
  if (parts.length === 1) parts.push('no changes');
  return `  ${r.file.padEnd(44)} ${parts.join(', ')} (${r.ms} ms)`;
}
