/**
 * Bulk loading of JSON Lines in the ontology's shape (src/corpus/format.ts) — synthetic
 * corpora and real data alike — into Neo4j.
 *
 * - Batches of records are UNWOUND in one write transaction each, through the named queries
 *   in cypher/queries/load/ (MERGE on ids, so every batch is idempotent).
 * - Evidence records (docs/evidence.md) are written in the transaction of their batch, and the
 *   summaries of every fact the batch wrote or gave evidence to are refreshed in that same
 *   transaction (cypher/queries/evidence/refresh-summaries.cypher), so a fact is never seen
 *   with summaries that disagree with its evidence.
 * - Files load by the kind of their first record: files of :Source nodes, then other node
 *   files, then relationship files, then files of evidence only; so sources exist before the
 *   evidence that cites them and facts before evidence about them in a later file.
 * - Resumable: a checkpoint (src/corpus/checkpoint.ts) records, per file, the lines whose
 *   transaction has committed. Killed at any point and rerun, the loader resumes there; a
 *   batch that committed just before the kill is applied again, harmlessly. The end state
 *   has exactly the counts of the input: nothing duplicated, nothing lost.
 * - A bad record stops the load with an error naming the file and line; its batch is not
 *   sent (or is rolled back), and everything committed before it stays recorded in the checkpoint.
 * - While one batch is in its transaction, the next is read and parsed.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import neo4j, { Driver, ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/cypher-files';
import { migrate } from '../db/runner';
import { Checkpoint } from './checkpoint';
import { evidenceId, EvidenceRecordBody } from './evidence';
import {
  CorpusRecord,
  isEvidenceRecord,
  isNodeRecord,
  isRelationshipRecord,
  METADATA_RELATIONSHIP_TYPES,
  parseRecord,
  RecordError,
  SOURCE_LABEL,
  toCypherEvidence,
  toCypherProperties,
} from './format';
import { EvidenceSummary, summarise } from './summaries';

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
  evidence: number;
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

/** Endpoints missing for some rows of a relationship batch: raised inside the transaction to roll it back. */
class MissingEndpoints extends Error {}

/** A refused evidence record: raised inside the transaction to roll it back; `index` is its place in the batch. */
class RefusedEvidence extends Error {
  constructor(
    readonly index: number,
    message: string,
  ) {
    super(message);
  }
}

/** A fact whose summaries are refreshed: from/to are null for a node (refresh-summaries.cypher). */
interface FactKey {
  id: string;
  from: string | null;
  to: string | null;
}

interface BatchCounts {
  nodes: number;
  rels: number;
  evidence: number;
}

/**
 * Check what can be checked without the database: an evidence record about a fact of its own
 * batch must describe that fact as the fact record does. Returns the batch's facts by id.
 */
function factsOfBatch(batch: Batch): Map<string, FactKey> {
  const facts = new Map<string, FactKey & { kind: string; type: string }>();
  batch.records.forEach((r, index) => {
    if (isNodeRecord(r)) {
      if (r.label !== SOURCE_LABEL)
        facts.set(r.properties.id, { id: r.properties.id, from: null, to: null, kind: 'node', type: r.label });
    } else if (isRelationshipRecord(r)) {
      if (!METADATA_RELATIONSHIP_TYPES.has(r.type))
        facts.set(r.properties.id, { id: r.properties.id, from: r.from, to: r.to, kind: 'relationship', type: r.type });
    } else {
      const e = r.evidence;
      const fact = facts.get(e.factId);
      if (!fact) return;
      const said = `${e.factKind} ${e.factType}${e.factKind === 'relationship' ? ` from "${e.factFrom}" to "${e.factTo}"` : ''}`;
      const is = `${fact.kind} ${fact.type}${fact.kind === 'relationship' ? ` from "${fact.from}" to "${fact.to}"` : ''}`;
      if (said !== is)
        throw new LoadError(
          `evidence for "${e.factId}" describes it as a ${said}, but the fact record above is a ${is}. ` +
            'Fix factKind/factType/factFrom/factTo.',
          batch.file.name,
          batch.lines[index],
        );
    }
  });
  return facts;
}

/** Summaries as Cypher parameters: counts as integers (confidence, a JS number, is a float). */
const summaryProps = (s: EvidenceSummary): Record<string, unknown> => ({
  ...s,
  evidenceCount: neo4j.int(s.evidenceCount),
  sourceCount: neo4j.int(s.sourceCount),
});

/**
 * One batch in one transaction: its facts, its evidence, and the summaries of every fact it wrote
 * or gave evidence to (docs/evidence.md). A fact of the batch with no evidence in the database yet
 * gets its summaries computed here from the batch's evidence and written with the fact; every
 * other fact touched is refreshed from the database after the evidence is written.
 */
async function writeBatch(
  tx: ManagedTransaction,
  batch: Batch,
  facts: Map<string, FactKey>,
  knownSources: Set<string>,
): Promise<BatchCounts> {
  const counts: BatchCounts = { nodes: 0, rels: 0, evidence: 0 };
  const evidence: { record: EvidenceRecordBody; id: string; index: number }[] = [];
  batch.records.forEach((r, index) => {
    if (isEvidenceRecord(r)) evidence.push({ record: r.evidence, id: evidenceId(r.evidence), index });
  });

  if (evidence.length > 0) {
    // Every source cited must exist (source files load first); a load checks each source id once.
    // Sources written by this very batch count too (they are written before its evidence), but
    // only for this batch: if it rolls back, they are not in the database.
    const inBatch = new Set(
      batch.records.flatMap((r) =>
        'label' in r && r.label === SOURCE_LABEL ? [String((r.properties as { id: unknown }).id)] : [],
      ),
    );
    const unchecked = [...new Set(evidence.map((e) => e.record.sourceId))].filter(
      (id) => !knownSources.has(id) && !inBatch.has(id),
    );
    if (unchecked.length > 0) {
      const found = await tx.run(namedQuery('load/known-sources'), { ids: unchecked });
      for (const r of found.records) knownSources.add(String(r.get('id')));
      const bad = evidence.find((e) => !knownSources.has(e.record.sourceId) && !inBatch.has(e.record.sourceId));
      if (bad)
        throw new RefusedEvidence(
          bad.index,
          `evidence cites source "${bad.record.sourceId}", which is not a :Source in the database. ` +
            'Add the source (a {"label": "Source", …} record; files of sources load first) or fix sourceId.',
        );
    }
  }

  // Facts of the batch whose evidence is all in the batch: summaries computed here.
  const withEvidence =
    facts.size === 0 || REFRESH_ALL
      ? new Set<string>(REFRESH_ALL ? facts.keys() : [])
      : new Set(
          (await tx.run(namedQuery('load/facts-with-evidence'), { ids: [...facts.keys()] })).records.map((r) =>
            String(r.get('id')),
          ),
        );
  const batchEvidence = new Map<string, Map<string, EvidenceRecordBody>>();
  for (const e of evidence) {
    if (!facts.has(e.record.factId) || withEvidence.has(e.record.factId)) continue;
    let records = batchEvidence.get(e.record.factId);
    if (!records) batchEvidence.set(e.record.factId, (records = new Map<string, EvidenceRecordBody>()));
    records.set(e.id, e.record); // the same record twice is one :Evidence node
  }
  const summaryOf = (id: string): Record<string, unknown> =>
    withEvidence.has(id) ? {} : summaryProps(summarise([...(batchEvidence.get(id)?.values() ?? [])]));

  const sources: unknown[] = [];
  const entities: unknown[] = [];
  const relationships: unknown[] = [];
  for (const r of batch.records) {
    if (isNodeRecord(r)) {
      const props = toCypherProperties(r.properties);
      if (r.label === SOURCE_LABEL) sources.push({ props });
      else entities.push({ label: r.label, props: { ...props, ...summaryOf(r.properties.id) } });
    } else if (isRelationshipRecord(r)) {
      const props = toCypherProperties(r.properties);
      const fact = !METADATA_RELATIONSHIP_TYPES.has(r.type);
      relationships.push({
        type: r.type,
        from: r.from,
        to: r.to,
        props: fact ? { ...props, ...summaryOf(r.properties.id) } : props,
      });
    }
  }
  for (const [query, rows] of [
    ['load/sources', sources],
    ['load/entities', entities],
  ] as const) {
    if (rows.length === 0) continue;
    const result = await tx.run(namedQuery(query), { rows });
    counts.nodes += result.summary.counters.updates().nodesCreated;
  }
  if (relationships.length > 0) {
    const result = await tx.run(namedQuery('load/relationships'), { rows: relationships });
    const written = Number(result.records[0]?.get('written') ?? 0);
    if (written !== relationships.length) throw new MissingEndpoints();
    counts.rels += result.summary.counters.updates().relationshipsCreated;
  }

  if (evidence.length > 0) {
    const recordedBy = `loader:${batch.file.name}`;
    const rows = evidence.map((e) => toCypherEvidence(e.record, e.id, recordedBy));
    const result = await tx.run(namedQuery('load/evidence'), { rows });
    counts.evidence += result.summary.counters.updates().nodesCreated;
  }

  // Facts whose summaries depend on evidence outside the batch, and facts of evidence records
  // whose fact is not in the batch: recomputed from the database, which also proves they exist.
  const refresh = new Map<string, FactKey>();
  for (const id of withEvidence) {
    const f = facts.get(id)!;
    refresh.set(id, { id, from: f.from, to: f.to });
  }
  for (const { record: e } of evidence) {
    if (!facts.has(e.factId) && !refresh.has(e.factId))
      refresh.set(e.factId, { id: e.factId, from: e.factFrom ?? null, to: e.factTo ?? null });
  }
  if (refresh.size > 0) {
    const refreshed = await tx.run(namedQuery('evidence/refresh-summaries'), { facts: [...refresh.values()] });
    if (refreshed.records.length !== refresh.size) {
      const found = new Set(refreshed.records.map((r) => String(r.get('id'))));
      const bad = evidence.find((e) => !found.has(e.record.factId) && refresh.has(e.record.factId));
      if (bad) {
        const e = bad.record;
        throw new RefusedEvidence(
          bad.index,
          `evidence is about ${e.factKind === 'node' ? `node "${e.factId}"` : `relationship "${e.factId}" from "${e.factFrom}" to "${e.factTo}"`}, ` +
            "which is not in the database. Put evidence after its fact (in the fact's file, or in a file of evidence " +
            "only: those load after every node and relationship file), or fix the fact's id. " +
            'Sources and PUBLISHED_BY are document metadata and take no evidence.',
        );
      }
      throw new Error(`summaries not refreshed for ${refresh.size - found.size} fact(s) of the batch`);
    }
  }
  return counts;
}

/** Temporary measurement switch: refresh every fact's summaries from the database. */
const REFRESH_ALL = process.env.BRG_EXP_REFRESH_ALL === '1';

async function explainMissingEndpoints(driver: Driver, database: string, batch: Batch): Promise<LoadError> {
  const rows = batch.records.flatMap((r, index) =>
    isRelationshipRecord(r) ? [{ index, from: r.from, to: r.to }] : [],
  );
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
  if (!isRelationshipRecord(record)) throw new Error('unreachable: missing endpoints of a non-relationship');
  const missing = [
    first.get('fromFound') ? undefined : `start node "${record.from}"`,
    first.get('toFound') ? undefined : `end node "${record.to}"`,
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
    evidence: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    evidenceCreated: 0,
    resumedLines: 0,
    nodeSeconds: 0,
    relationshipSeconds: 0,
    evidenceSeconds: 0,
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
  const session = driver.session({ database: options.database });
  let inflight: Promise<void> | undefined;
  const commit = async (batch: Batch, done: boolean): Promise<void> => {
    const facts = factsOfBatch(batch);
    try {
      const counts = await session.executeWrite((tx) => writeBatch(tx, batch, facts, knownSources));
      summary.nodesCreated += counts.nodes;
      summary.relationshipsCreated += counts.rels;
      summary.evidenceCreated += counts.evidence;
    } catch (error) {
      if (error instanceof MissingEndpoints) throw await explainMissingEndpoints(driver, options.database, batch);
      if (error instanceof RefusedEvidence)
        throw new LoadError(
          `${error.message} Nothing of this batch was written; fix the file and rerun to resume.`,
          batch.file.name,
          batch.lines[error.index],
        );
      const e = error as { message?: string; code?: string };
      throw new LoadError(
        `the database refused the batch of lines ${batch.lines[0]}-${batch.endLine}: ${e.message ?? String(error)}` +
          `${e.code ? ` [${e.code}]` : ''}. Nothing of this batch was written; rerun to resume from it.`,
        batch.file.name,
      );
    }
    // Only now, with the transaction committed, does the checkpoint move.
    checkpoint.save(batch.file.name, batch.file.stat, batch.endLine, done);
    for (const r of batch.records) {
      if (isNodeRecord(r)) summary.nodes++;
      else if (isRelationshipRecord(r)) summary.relationships++;
      else summary.evidence++;
    }
  };
  /** Send a batch once the previous one has committed (one transaction at a time, in order). */
  const submit = async (batch: Batch, done: boolean): Promise<void> => {
    if (inflight) await inflight;
    inflight = commit(batch, done);
    inflight.catch(() => undefined); // awaited later; keep Node from calling it unhandled meanwhile
  };

  try {
    for (const kind of ['nodes', 'relationships', 'evidence'] as const) {
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
          const misplaced = misplacedIn(file, record);
          if (misplaced) throw new LoadError(misplaced, file.name, lineNo);
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
      else if (kind === 'relationships') summary.relationshipSeconds = seconds;
      else summary.evidenceSeconds = seconds;
    }
  } finally {
    if (inflight) await inflight.catch(() => undefined);
    await session.close();
  }
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
