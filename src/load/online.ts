/**
 * The online loader: JSON Lines in the ontology's shape (src/load/format.ts) — synthetic
 * corpora and real data alike — into a Neo4j that may already hold data.
 *
 * - Batches of records are UNWOUND in one write transaction each (src/load/batch.ts):
 *   one lookup decides what of the batch is new (written with CREATE) and what exists (written
 *   with MERGE, so a batch applied twice writes nothing new and another source's evidence is
 *   never touched).
 * - Evidence records (docs/evidence.md) are written in the transaction of their batch, and the
 *   summaries of every fact the batch wrote or gave evidence to are written or refreshed in that
 *   same transaction, so a fact is never seen with summaries that disagree with its evidence.
 *   A full batch is cut before a fact record, so a fact and the evidence after it stay together.
 * - Files load by the kind of their first record, in phases: files of :Source nodes, other node
 *   files, relationship files, files of evidence only; so sources exist before the evidence that
 *   cites them and facts before evidence about them in a later file. Within a phase, up to
 *   `concurrency` batches are in their transactions at once; a batch that shares an id with one in
 *   flight (a node, relationship or evidence id, or the fact an evidence record is about) waits
 *   for it. Deadlocks between relationship batches that lock the same nodes are retried by the
 *   driver and counted (`retries`).
 * - Constraints are applied first; indexes that do not exist yet are created after the data
 *   (src/load/schema.ts), so they are populated once rather than updated on every write.
 * - Resumable: a checkpoint (src/load/checkpoint.ts) records, per file, the lines whose
 *   transactions have all committed. Killed at any point and rerun, the loader resumes there; a
 *   batch that committed just before the kill is found by the lookup and applied again through
 *   MERGE, harmlessly. The end state has exactly the counts of the input: nothing duplicated,
 *   nothing lost.
 * - A bad record stops the load with an error naming the file and line; its batch is not
 *   sent (or is rolled back), and everything committed before it stays recorded in the checkpoint.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Driver } from 'neo4j-driver';
import { load } from '../db/queries';
import { executeQuery } from '../db/query';
import { Checkpoint } from './checkpoint';
import { FileProgress } from './file-progress';
import { CorpusRecord, isEvidenceRecord, isNodeRecord, isRelationshipRecord, parseRecord, RecordError } from './format';
import { SOURCE_LABEL } from '../ontology/labels';
import { Batch, BatchPlan, MissingEndpoints, planBatch, RefusedEvidence, writeBatch, WriteStrategy } from './batch';
import { LoadError } from './error';
import { applyFullSchema, applyLoadSchema } from './schema';

export { LoadError } from './error';

export interface LoadProgress {
  file: string;
  bytesDone: number;
  bytesTotal: number;
  nodes: number;
  relationships: number;
  evidence: number;
}

export interface LoadOptions {
  /** Folder holding the .jsonl files (searched recursively). */
  dir: string;
  database: string;
  /** Where the data goes (for the checkpoint's guard against resuming into another database). */
  target: string;
  batchSize?: number;
  /** Batches written at once, each in its own transaction (default DEFAULT_CONCURRENCY). */
  concurrency?: number;
  /**
   * `create` (default): see src/load/batch.ts. `merge`: the earlier loader for comparison —
   * every row MERGEd, every index in place before the load.
   */
  strategy?: WriteStrategy;
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
  evidence: number;
  /** What the database reported as new: zero on a rerun of loaded data. */
  nodesCreated: number;
  relationshipsCreated: number;
  evidenceCreated: number;
  /** Lines skipped because the checkpoint had them committed. */
  resumedLines: number;
  /** Time spent on node files, relationship files and evidence-only files (each with the evidence in them). */
  nodeSeconds: number;
  relationshipSeconds: number;
  evidenceSeconds: number;
  /** Creating the indexes that did not exist when the load began (src/load/schema.ts). */
  indexSeconds: number;
  /** Transactions retried (deadlocks between concurrent batches, other transient errors). */
  retries: number;
  batchSize: number;
  concurrency: number;
  seconds: number;
}

type FileKind = 'nodes' | 'relationships' | 'evidence';

interface InputFile {
  /** Path relative to the corpus folder (the checkpoint key). */
  name: string;
  full: string;
  kind: FileKind;
  /** A node file whose first record is a :Source (loaded before the other node files). */
  sources: boolean;
  stat: fs.Stats;
}

/** Records per transaction: the best of the sweep in bench/README.md ("Online load"). */
export const DEFAULT_BATCH_SIZE = 5000;
/** Transactions at once (bench/README.md, "Online load"). */
export const DEFAULT_CONCURRENCY = 2;

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
async function classify(full: string, name: string): Promise<{ kind: FileKind; sources: boolean } | undefined> {
  const lines = readline.createInterface({ input: fs.createReadStream(full), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let record: CorpusRecord;
      try {
        record = parseRecord(line);
      } catch (error) {
        throw new LoadError((error as Error).message, name, n);
      }
      if (isNodeRecord(record)) return { kind: 'nodes', sources: record.label === SOURCE_LABEL };
      return { kind: isRelationshipRecord(record) ? 'relationships' : 'evidence', sources: false };
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
    if (kind) files.push({ name, full, ...kind, stat: fs.statSync(full) });
  }
  if (files.length === 0) throw new LoadError(`No .jsonl files with records under ${dir}.`);
  // Sources first (evidence cites them), then entities, then relationships (they MATCH their
  // endpoints), then evidence-only files (about facts of any file).
  const rank = (f: InputFile): number =>
    f.kind === 'nodes' ? (f.sources ? 0 : 1) : f.kind === 'relationships' ? 2 : 3;
  return files
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

async function explainMissingEndpoints(driver: Driver, database: string, batch: Batch): Promise<LoadError> {
  const rows = batch.records.flatMap((r, index) =>
    isRelationshipRecord(r) ? [{ index, from: r.from, to: r.to }] : [],
  );
  const found = await executeQuery(driver, { database, routing: 'READ' }, load.missingEndpoints, { rows });
  const first = found[0];
  if (!first) {
    return new LoadError(
      'a relationship batch wrote fewer relationships than it had records; rerun to retry it',
      batch.fileName,
    );
  }
  const index = Number(first.index);
  const record = batch.records[index]!;
  if (!isRelationshipRecord(record)) throw new Error('unreachable: missing endpoints of a non-relationship');
  const missing = [
    first.fromFound ? undefined : `start node "${record.from}"`,
    first.toFound ? undefined : `end node "${record.to}"`,
  ]
    .filter(Boolean)
    .join(' and ');
  return new LoadError(
    `relationship "${record.properties.id}" refers to a ${missing} that is not in the database. ` +
      `Add the node to a node file (node files load first), or fix the id. ` +
      `${found.length > 1 ? `${found.length - 1} more record(s) in the same batch have missing endpoints. ` : ''}` +
      `Nothing of this batch was written; fix the file and rerun to resume.`,
    batch.fileName,
    batch.lines[index],
  );
}

type Phase = 'sources' | 'nodes' | 'relationships' | 'evidence';
const PHASES: Phase[] = ['sources', 'nodes', 'relationships', 'evidence'];
const phaseOf = (f: InputFile): Phase =>
  f.kind === 'nodes' ? (f.sources ? 'sources' : 'nodes') : f.kind === 'relationships' ? 'relationships' : 'evidence';

/** Load every .jsonl file under `options.dir`; resumable (see the module comment). */
export async function loadCorpus(driver: Driver, options: LoadOptions): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const files = await inputFiles(options.dir);
  const checkpointFile = options.checkpointFile ?? path.join(options.dir, '.load-checkpoint.json');
  const checkpoint = Checkpoint.open(checkpointFile, options.target, options.restart ?? false);
  if (checkpoint.discarded)
    log(`Ignoring the checkpoint ${checkpointFile}: ${checkpoint.discarded}. Loading everything.`);

  // Constraints (and the one index the load reads through) first; other indexes after the load.
  const strategy = options.strategy ?? 'create';
  if (strategy === 'merge') await applyFullSchema(driver, options.database);
  else await applyLoadSchema(driver, options.database);

  const summary: LoadSummary = {
    files: files.length,
    nodes: 0,
    relationships: 0,
    evidence: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    evidenceCreated: 0,
    resumedLines: 0,
    nodeSeconds: 0,
    relationshipSeconds: 0,
    evidenceSeconds: 0,
    indexSeconds: 0,
    retries: 0,
    batchSize,
    concurrency,
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
      evidence: summary.evidence,
    });

  const knownSources = new Set<string>();
  let failure: Error | undefined;

  /** One batch in its own session and write transaction; the checkpoint moves once it committed. */
  const commit = async (plan: BatchPlan, file: FileProgress, seq: number): Promise<void> => {
    const batch = plan.batch;
    const session = driver.session({ database: options.database });
    let attempts = 0;
    try {
      const counts = await session.executeWrite((tx) => {
        attempts++;
        return writeBatch(tx, plan, knownSources, strategy);
      });
      summary.nodesCreated += counts.nodes;
      summary.relationshipsCreated += counts.rels;
      summary.evidenceCreated += counts.evidence;
    } catch (error) {
      if (error instanceof MissingEndpoints) throw await explainMissingEndpoints(driver, options.database, batch);
      if (error instanceof RefusedEvidence)
        throw new LoadError(
          `${error.message} Nothing of this batch was written; fix the file and rerun to resume.`,
          batch.fileName,
          batch.lines[error.index],
        );
      const e = error as { message?: string; code?: string };
      throw new LoadError(
        `the database refused the batch of lines ${batch.lines[0]}-${batch.endLine}: ${e.message ?? String(error)}` +
          `${e.code ? ` [${e.code}]` : ''}. Nothing of this batch was written; rerun to resume from it.`,
        batch.fileName,
      );
    } finally {
      summary.retries += Math.max(0, attempts - 1);
      await session.close();
    }
    // Only now, with the transaction committed, may the checkpoint move.
    file.commit(seq, batch.endLine);
    for (const r of batch.records) {
      if (isNodeRecord(r)) summary.nodes++;
      else if (isRelationshipRecord(r)) summary.relationships++;
      else summary.evidence++;
    }
    progress(batch.fileName);
  };

  // Batches in flight, with the ids each writes: a batch sharing an id with one in flight (a fact
  // and its evidence split over two batches, a second record of the same id) waits for it, so
  // summaries are computed over committed evidence and no id is created twice. Independent
  // batches run side by side, up to `concurrency`.
  const inflight = new Set<{ keys: Set<string>; done: Promise<void> }>();
  const overlaps = (a: Set<string>, b: Set<string>): boolean => {
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    for (const k of small) if (large.has(k)) return true;
    return false;
  };
  const rethrow = (): void => {
    if (failure) throw failure;
  };
  const submit = async (batch: Batch, file: FileProgress): Promise<void> => {
    const plan = planBatch(batch);
    for (;;) {
      rethrow();
      const blocking = [...inflight].filter((f) => overlaps(f.keys, plan.keys));
      if (blocking.length === 0 && inflight.size < concurrency) break;
      await Promise.race((blocking.length > 0 ? blocking : [...inflight]).map((f) => f.done));
    }
    const seq = file.send();
    const entry = {
      keys: plan.keys,
      done: commit(plan, file, seq).then(
        () => undefined,
        (error: unknown) => {
          failure ??= error instanceof Error ? error : new Error(String(error));
        },
      ),
    };
    inflight.add(entry);
    void entry.done.finally(() => inflight.delete(entry));
  };
  const drain = async (): Promise<void> => {
    while (inflight.size > 0) await Promise.all([...inflight].map((f) => f.done));
    rethrow();
  };

  try {
    for (const phase of PHASES) {
      const phaseStarted = Date.now();
      for (const file of files.filter((f) => phaseOf(f) === phase)) {
        const resume = checkpoint.resumeAt(file.name, file.stat);
        if (resume.changed)
          log(`${file.name} changed since the checkpoint: loading it again from the start (nothing is duplicated).`);
        if (resume.done) {
          bytesDone += file.stat.size;
          summary.resumedLines += resume.lines;
          progress(file.name);
          continue;
        }
        if (resume.lines > 0) log(`${file.name}: resuming after line ${resume.lines} (committed before).`);
        const fileProgress = new FileProgress(file.name, file.stat, checkpoint);
        const lines = readline.createInterface({ input: fs.createReadStream(file.full), crlfDelay: Infinity });
        let lineNo = 0;
        let batch: Batch = { fileName: file.name, records: [], lines: [], endLine: 0 };
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
          const misplaced = misplacedIn(file, record);
          if (misplaced) throw new LoadError(misplaced, file.name, lineNo);
          // A full batch is cut before a fact, never between a fact and the evidence after it, so
          // a fact's summaries are usually computed from its batch alone.
          if (batch.records.length >= batchSize && !isEvidenceRecord(record)) {
            batch.endLine = lineNo - 1;
            await submit(batch, fileProgress);
            batch = { fileName: file.name, records: [], lines: [], endLine: 0 };
          }
          batch.records.push(record);
          batch.lines.push(lineNo);
        }
        batch.endLine = lineNo;
        if (batch.records.length > 0) await submit(batch, fileProgress);
        // Marks the file done once its last batch commits (now, if all were resumed).
        fileProgress.finish(lineNo);
        progress(file.name);
      }
      await drain();
      const seconds = (Date.now() - phaseStarted) / 1000;
      if (phase === 'sources' || phase === 'nodes') summary.nodeSeconds += seconds;
      else if (phase === 'relationships') summary.relationshipSeconds = seconds;
      else summary.evidenceSeconds = seconds;
    }
  } finally {
    await Promise.all([...inflight].map((f) => f.done));
  }

  // After the data: the indexes that did not exist when the load began, populated in one pass.
  // (Further whole-graph passes over the loaded data belong here too, after the indexes.)
  log('Creating the indexes that did not exist before the load (populated from the loaded data)...');
  const indexStarted = Date.now();
  await applyFullSchema(driver, options.database);
  summary.indexSeconds = (Date.now() - indexStarted) / 1000;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/**
 * Why a record cannot be in this file, or undefined. A file holds one kind of fact (nodes or
 * relationships: node files load first) plus evidence; a file that starts with evidence holds
 * only evidence (it loads last, after every fact).
 */
function misplacedIn(file: InputFile, record: CorpusRecord): string | undefined {
  if (isEvidenceRecord(record)) return undefined;
  const kind = isNodeRecord(record) ? 'node' : 'relationship';
  if (file.kind === 'evidence')
    return (
      `a ${kind} record in a file that starts with evidence records; such files hold only evidence and load ` +
      'after every node and relationship file. Move the fact to a file of its kind (its evidence may follow it there).'
    );
  if ((file.kind === 'nodes') !== (kind === 'node'))
    return (
      `a ${kind} record in a file of ${file.kind}; keep nodes and relationships in separate files ` +
      '(node files load first).'
    );
  return undefined;
}
