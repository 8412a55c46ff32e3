/**
 * The Cypher runner: applies `cypher/schema/*.cypher` (constraints, indexes) and
 * `cypher/data/*.cypher` (curated data) statement by statement, in file-name
 * order. Scripts are written to be idempotent (IF NOT EXISTS, MERGE on stable
 * ids), so running twice creates nothing the second time. Each data file is
 * applied in one transaction; each schema statement in its own.
 */
import { Driver, ResultSummary } from 'neo4j-driver';
import { readScriptFolder, ScriptFile, Statement } from './cypher-files';

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

export type Phase = 'schema' | 'data';

export interface RunOptions {
  database: string;
  /** The folder holding schema/ and data/ (default: the project's cypher/). */
  cypherDir?: string;
  /** Called after each file with its report (the CLI prints one line per file). */
  onFile?: (report: FileReport) => void;
}

async function runFile(driver: Driver, file: ScriptFile, phase: Phase, database: string): Promise<FileReport> {
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
      for (const statement of file.statements) {
        current = statement;
        tally(await session.executeWrite(async (tx) => (await tx.run(statement.text)).summary));
      }
    } else {
      // A data file is one transaction: it lands whole or not at all, so a failing
      // statement never leaves a half-written file behind (and one commit is far
      // cheaper than one per statement).
      const summaries = await session.executeWrite(async (tx) => {
        const out: ResultSummary[] = [];
        for (const statement of file.statements) {
          current = statement;
          out.push((await tx.run(statement.text)).summary);
        }
        return out;
      });
      summaries.forEach(tally);
    }
  } catch (error) {
    const e = error as { message?: string; code?: string };
    throw new CypherScriptError(file.name, current?.line ?? 1, e.message ?? String(error), e.code);
  } finally {
    await session.close();
  }
  report.ms = Date.now() - started;
  return report;
}

/** Apply one phase's scripts; stops at the first failing statement. */
export async function runPhase(driver: Driver, phase: Phase, options: RunOptions): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of readScriptFolder(phase, options.cypherDir)) {
    const report = await runFile(driver, file, phase, options.database);
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

/** `db:seed`: the schema phase (seeding needs it) then the data phase. */
export async function seed(driver: Driver, options: RunOptions): Promise<FileReport[]> {
  const schema = await runPhase(driver, 'schema', options);
  return [...schema, ...(await runPhase(driver, 'data', options))];
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
