/**
 * Bulk loading of JSON Lines in the ontology's shape (src/corpus/format.ts) — synthetic
 * corpora and real data alike — into Neo4j.
 *
 * - Batches of records are UNWOUND in one write transaction each, through the named queries
 *   in cypher/queries/load/ (MERGE on ids, so every batch is idempotent).
 * - Node files load before relationship files, so endpoints exist when relationships arrive.
 * - Resumable: a checkpoint (src/corpus/checkpoint.ts) records, per file, the lines whose
 *   transaction has committed. Killed at any point and rerun, the loader resumes there; a
 *   batch that committed just before the kill is applied again, harmlessly. The end state
 *   has exactly the counts of the input: nothing duplicated, nothing lost.
 * - A bad record stops the load with an error naming the file and line; its batch is not
 *   sent, and everything committed before it stays recorded in the checkpoint.
 * - While one batch is in its transaction, the next is read and parsed.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Driver, ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/cypher-files';
import { migrate } from '../db/runner';
import { Checkpoint } from './checkpoint';
import { CorpusRecord, isNodeRecord, parseRecord, RecordError, SOURCE_LABEL, toCypherProperties } from './format';

/** A problem with the input or the load, naming where it is and what to do. */
export class LoadError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'LoadError';
  }
}

export interface LoadProgress {
  file: string;
  bytesDone: number;
  bytesTotal: number;
  nodes: number;
  relationships: number;
}

export interface LoadOptions {
  /** Folder holding the .jsonl files (searched recursively). */
  dir: string;
  database: string;
  /** Where the data goes (for the checkpoint's guard against resuming into another database). */
  target: string;
  batchSize?: number;
  /** Ignore an existing checkpoint and load everything again (idempotent). */
  restart?: boolean;
  checkpointFile?: string;
  onProgress?: (p: LoadProgress) => void;
  log?: (line: string) => void;
}

export interface LoadSummary {
  files: number;
  /** Records committed by this run (resumed-over lines excluded). */
  nodes: number;
  relationships: number;
  /** What the database reported as new: zero on a rerun of loaded data. */
  nodesCreated: number;
  relationshipsCreated: number;
  /** Lines skipped because the checkpoint had them committed. */
  resumedLines: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  seconds: number;
}

interface InputFile {
  /** Path relative to the corpus folder (the checkpoint key). */
  name: string;
  full: string;
  kind: 'nodes' | 'relationships';
  stat: fs.Stats;
}

interface Batch {
  file: InputFile;
  records: CorpusRecord[];
  lines: number[];
  /** Line count of the file up to and including this batch's last line. */
  endLine: number;
}

export const DEFAULT_BATCH_SIZE = 5000;

function listJsonl(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonl(full));
    else if (entry.isFile() && entry.name.endsWith('.jsonl')) out.push(full);
  }
  return out.sort();
}

/** The kind of a file, from its first record. */
async function classify(full: string, name: string): Promise<'nodes' | 'relationships' | undefined> {
  const lines = readline.createInterface({ input: fs.createReadStream(full), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      try {
        return isNodeRecord(parseRecord(line)) ? 'nodes' : 'relationships';
      } catch (error) {
        throw new LoadError((error as Error).message, name, n);
      }
    }
    return undefined;
  } finally {
    lines.close();
  }
}

export async function inputFiles(dir: string): Promise<InputFile[]> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new LoadError(
      `${dir} is not a folder. Give the folder holding the .jsonl files (e.g. one written by npm run generate).`,
    );
  }
  const files: InputFile[] = [];
  for (const full of listJsonl(dir)) {
    const name = path.relative(dir, full);
    const kind = await classify(full, name);
    if (kind) files.push({ name, full, kind, stat: fs.statSync(full) });
  }
  if (files.length === 0) throw new LoadError(`No .jsonl files with records under ${dir}.`);
  // Nodes first: relationships MATCH their endpoints.
  return [...files.filter((f) => f.kind === 'nodes'), ...files.filter((f) => f.kind === 'relationships')];
}

/** Endpoints missing for some rows of a relationship batch: raised inside the transaction to roll it back. */
class MissingEndpoints extends Error {}

async function writeBatch(tx: ManagedTransaction, batch: Batch): Promise<{ nodes: number; rels: number }> {
  let nodes = 0;
  let rels = 0;
  if (batch.file.kind === 'nodes') {
    const sources: unknown[] = [];
    const entities: unknown[] = [];
    for (const r of batch.records) {
      if (!isNodeRecord(r)) continue;
      const props = toCypherProperties(r.properties);
      if (r.label === SOURCE_LABEL) sources.push({ props });
      else entities.push({ label: r.label, props });
    }
    for (const [query, rows] of [
      ['load/sources', sources],
      ['load/entities', entities],
    ] as const) {
      if (rows.length === 0) continue;
      const result = await tx.run(namedQuery(query), { rows });
      nodes += result.summary.counters.updates().nodesCreated;
    }
  } else {
    const rows = batch.records.map((r) => {
      if (isNodeRecord(r)) throw new Error('unreachable: node record in a relationship batch');
      return { type: r.type, from: r.from, to: r.to, props: toCypherProperties(r.properties) };
    });
    const result = await tx.run(namedQuery('load/relationships'), { rows });
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== rows.length) throw new MissingEndpoints();
    rels += result.summary.counters.updates().relationshipsCreated;
  }
  return { nodes, rels };
}

async function explainMissingEndpoints(driver: Driver, database: string, batch: Batch): Promise<LoadError> {
  const rows = batch.records.map((r, index) => ({
    index,
    from: isNodeRecord(r) ? '' : r.from,
    to: isNodeRecord(r) ? '' : r.to,
  }));
  const result = await driver.executeQuery(
    namedQuery('load/missing-endpoints'),
    { rows },
    { database, routing: 'READ' },
  );
  const first = result.records[0];
  if (!first) {
    return new LoadError(
      'a relationship batch wrote fewer relationships than it had records; rerun to retry it',
      batch.file.name,
    );
  }
  const index = Number(first.get('index'));
  const record = batch.records[index]!;
  const missing = [
    first.get('fromFound') ? undefined : `start node "${isNodeRecord(record) ? '' : record.from}"`,
    first.get('toFound') ? undefined : `end node "${isNodeRecord(record) ? '' : record.to}"`,
  ]
    .filter(Boolean)
    .join(' and ');
  return new LoadError(
    `relationship "${record.properties.id}" refers to a ${missing} that is not in the database. ` +
      `Add the node to a node file (node files load first), or fix the id. ` +
      `${result.records.length > 1 ? `${result.records.length - 1} more record(s) in the same batch have missing endpoints. ` : ''}` +
      `Nothing of this batch was written; fix the file and rerun to resume.`,
    batch.file.name,
    batch.lines[index],
  );
}

/** Load every .jsonl file under `options.dir`; resumable (see the module comment). */
export async function loadCorpus(driver: Driver, options: LoadOptions): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const files = await inputFiles(options.dir);
  const checkpointFile = options.checkpointFile ?? path.join(options.dir, '.load-checkpoint.json');
  const checkpoint = Checkpoint.open(checkpointFile, options.target, options.restart ?? false);
  if (checkpoint.discarded)
    log(`Ignoring the checkpoint ${checkpointFile}: ${checkpoint.discarded}. Loading everything.`);

  // Constraints first: the MERGEs rely on them for uniqueness and for index lookups.
  await migrate(driver, { database: options.database });

  const summary: LoadSummary = {
    files: files.length,
    nodes: 0,
    relationships: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    resumedLines: 0,
    nodeSeconds: 0,
    relationshipSeconds: 0,
    seconds: 0,
  };
  const bytesTotal = files.reduce((s, f) => s + f.stat.size, 0);
  let bytesDone = 0;
  const progress = (file: string): void =>
    options.onProgress?.({
      file,
      bytesDone,
      bytesTotal,
      nodes: summary.nodes,
      relationships: summary.relationships,
    });

  const session = driver.session({ database: options.database });
  let inflight: Promise<void> | undefined;
  const commit = async (batch: Batch, done: boolean): Promise<void> => {
    try {
      const counts = await session.executeWrite((tx) => writeBatch(tx, batch));
      summary.nodesCreated += counts.nodes;
      summary.relationshipsCreated += counts.rels;
    } catch (error) {
      if (error instanceof MissingEndpoints) throw await explainMissingEndpoints(driver, options.database, batch);
      const e = error as { message?: string; code?: string };
      throw new LoadError(
        `the database refused the batch of lines ${batch.lines[0]}-${batch.endLine}: ${e.message ?? String(error)}` +
          `${e.code ? ` [${e.code}]` : ''}. Nothing of this batch was written; rerun to resume from it.`,
        batch.file.name,
      );
    }
    // Only now, with the transaction committed, does the checkpoint move.
    checkpoint.save(batch.file.name, batch.file.stat, batch.endLine, done);
    if (batch.file.kind === 'nodes') summary.nodes += batch.records.length;
    else summary.relationships += batch.records.length;
  };
  /** Send a batch once the previous one has committed (one transaction at a time, in order). */
  const submit = async (batch: Batch, done: boolean): Promise<void> => {
    if (inflight) await inflight;
    inflight = commit(batch, done);
    inflight.catch(() => undefined); // awaited later; keep Node from calling it unhandled meanwhile
  };

  try {
    for (const kind of ['nodes', 'relationships'] as const) {
      const phaseStarted = Date.now();
      for (const file of files.filter((f) => f.kind === kind)) {
        const resume = checkpoint.resumeAt(file.name, file.stat);
        if (resume.changed)
          log(`${file.name} changed since the checkpoint: loading it again from the start (MERGE keeps this safe).`);
        if (resume.done) {
          bytesDone += file.stat.size;
          summary.resumedLines += resume.lines;
          progress(file.name);
          continue;
        }
        if (resume.lines > 0) log(`${file.name}: resuming after line ${resume.lines} (committed before).`);
        const lines = readline.createInterface({ input: fs.createReadStream(file.full), crlfDelay: Infinity });
        let lineNo = 0;
        let batch: Batch = { file, records: [], lines: [], endLine: 0 };
        for await (const line of lines) {
          lineNo++;
          bytesDone += Buffer.byteLength(line) + 1;
          if (lineNo <= resume.lines) {
            summary.resumedLines++;
            continue;
          }
          if (line.trim() === '') continue;
          let record: CorpusRecord;
          try {
            record = parseRecord(line);
          } catch (error) {
            if (error instanceof RecordError)
              throw new LoadError(`${error.message}. Fix the line and rerun to resume.`, file.name, lineNo);
            throw error;
          }
          if ((file.kind === 'nodes') !== isNodeRecord(record)) {
            throw new LoadError(
              `a ${isNodeRecord(record) ? 'node' : 'relationship'} record in a file of ${file.kind}; ` +
                'keep nodes and relationships in separate files (node files load first).',
              file.name,
              lineNo,
            );
          }
          batch.records.push(record);
          batch.lines.push(lineNo);
          if (batch.records.length >= batchSize) {
            batch.endLine = lineNo;
            await submit(batch, false);
            progress(file.name);
            batch = { file, records: [], lines: [], endLine: 0 };
          }
        }
        batch.endLine = lineNo;
        if (batch.records.length > 0) await submit(batch, true);
        if (inflight) await inflight;
        // Mark the file done (also when its last batch was exactly full, or it was all resumed).
        checkpoint.save(file.name, file.stat, lineNo, true);
        progress(file.name);
      }
      if (inflight) await inflight;
      const seconds = (Date.now() - phaseStarted) / 1000;
      if (kind === 'nodes') summary.nodeSeconds = seconds;
      else summary.relationshipSeconds = seconds;
    }
  } finally {
    if (inflight) await inflight.catch(() => undefined);
    await session.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
