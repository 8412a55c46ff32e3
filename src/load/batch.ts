/**
 * One batch of the online loader (src/load/online.ts) in one write transaction: its facts, its
 * evidence records, and the summaries of every fact it wrote or gave evidence to (docs/evidence.md).
 *
 * New vs existing, decided per batch with one lookup (cypher/queries/load/existing.cypher):
 * - what is new is written with CREATE (load/create-*.cypher), its time bounds derived here
 *   (src/load/time-bounds.ts, the mirror of cypher/queries/time/bounds.cypher) and, for a
 *   fact with no evidence in the database, its summaries computed here from the batch's evidence
 *   (src/load/summaries.ts);
 * - what exists (a rerun, a batch resumed after a kill, a second corpus about the same facts) is
 *   written with the MERGE queries (load/entities, sources, relationships, evidence.cypher), which
 *   add to it and never remove (their time bounds are derived again from the merged dates by
 *   time/bounds.cypher): an evidence record of another source has another id and is left
 *   as it is, and the summaries of a fact that had evidence before are recomputed from all of it
 *   (evidence/refresh-summaries.cypher) after the batch's evidence is written.
 * The plan (rows, ids, checks that need no database) is made once, outside the transaction, so a
 * transaction retried after a deadlock only repeats the database work.
 */
import neo4j, { ManagedTransaction } from 'neo4j-driver';
import { refreshAccessPaths, Touched } from '../db/access-paths';
import { evidence as evidenceQueries, load, time } from '../db/queries';
import { queryResult, runQuery } from '../db/query';
import { timeBounds } from './time-bounds';
import { evidenceId, EvidenceRecordBody } from './evidence';
import {
  CorpusRecord,
  isEvidenceRecord,
  isNodeRecord,
  isRelationshipRecord,
  JsonProperties,
  toCypherEvidence,
  toCypherProperties,
} from './format';
import { METADATA_RELATIONSHIP_TYPES, SOURCE_LABEL } from '../ontology/labels';
import { LoadError } from './error';
import { EvidenceSummary, summarise } from './summaries';

export interface Batch {
  /** The input file's name relative to the corpus folder (the checkpoint key, messages). */
  fileName: string;
  records: CorpusRecord[];
  lines: number[];
  /** Line count of the file up to and including this batch's last line. */
  endLine: number;
}

/** Endpoints missing for some rows of a relationship batch: raised inside the transaction to roll it back. */
export class MissingEndpoints extends Error {}

/** A refused evidence record: raised inside the transaction to roll it back; `index` is its place in the batch. */
export class RefusedEvidence extends Error {
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

/**
 * `create`: new rows with CREATE after one lookup (the loader's way); `merge`: every row through
 * the MERGE queries, as the loader did before (kept to measure the difference: bench:load).
 */
export type WriteStrategy = 'create' | 'merge';

export interface BatchCounts {
  nodes: number;
  rels: number;
  evidence: number;
}

interface EvidenceRow {
  record: EvidenceRecordBody;
  id: string;
  index: number;
}

/** What a batch will write, worked out without the database (see the module comment). */
export interface BatchPlan {
  batch: Batch;
  facts: Map<string, FactKey>;
  evidence: EvidenceRow[];
  /** Node records by id (a second record of the same id adds to the first, as MERGE + SET += does). */
  nodes: Map<string, { label: string; props: JsonProperties }>;
  /** Relationship records by id, start, end and type. */
  rels: Map<string, { type: string; from: string; to: string; props: JsonProperties }>;
  /** Ids this batch writes or whose summaries it changes: two batches sharing one never run at once. */
  keys: Set<string>;
}

const describe = (kind: string, type: string, from?: string | null, to?: string | null): string =>
  `${kind} ${type}${kind === 'relationship' ? ` from "${from}" to "${to}"` : ''}`;

/**
 * Plan a batch: collect its rows and check what can be checked without the database (an evidence
 * record about a fact of its own batch must describe that fact as the fact record does).
 */
export function planBatch(batch: Batch): BatchPlan {
  const facts = new Map<string, FactKey & { kind: string; type: string }>();
  const nodes: BatchPlan['nodes'] = new Map();
  const rels: BatchPlan['rels'] = new Map();
  const evidence: EvidenceRow[] = [];
  const keys = new Set<string>();
  batch.records.forEach((r, index) => {
    if (isNodeRecord(r)) {
      const id = r.properties.id;
      keys.add(id);
      const seen = nodes.get(id);
      nodes.set(id, { label: r.label, props: seen ? { ...seen.props, ...r.properties } : r.properties });
      if (r.label !== SOURCE_LABEL) facts.set(id, { id, from: null, to: null, kind: 'node', type: r.label });
    } else if (isRelationshipRecord(r)) {
      const id = r.properties.id;
      keys.add(id);
      const key = `${id}\u0000${r.from}\u0000${r.to}\u0000${r.type}`;
      const seen = rels.get(key);
      rels.set(key, {
        type: r.type,
        from: r.from,
        to: r.to,
        props: seen ? { ...seen.props, ...r.properties } : r.properties,
      });
      if (!METADATA_RELATIONSHIP_TYPES.has(r.type))
        facts.set(id, { id, from: r.from, to: r.to, kind: 'relationship', type: r.type });
    } else if (isEvidenceRecord(r)) {
      const e = r.evidence;
      const id = evidenceId(e);
      evidence.push({ record: e, id, index });
      keys.add(id);
      keys.add(e.factId);
      const fact = facts.get(e.factId);
      if (!fact) return;
      const said = describe(e.factKind, e.factType, e.factFrom, e.factTo);
      const is = describe(fact.kind, fact.type, fact.from, fact.to);
      if (said !== is)
        throw new LoadError(
          `evidence for "${e.factId}" describes it as a ${said}, but the fact record above is a ${is}. ` +
            'Fix factKind/factType/factFrom/factTo.',
          batch.fileName,
          batch.lines[index],
        );
    }
  });
  return { batch, facts, evidence, nodes, rels, keys };
}

/** Summaries as Cypher parameters: counts as integers (confidence, a JS number, is a float). */
const summaryProps = (s: EvidenceSummary): Record<string, unknown> => ({
  ...s,
  evidenceCount: neo4j.int(s.evidenceCount),
  sourceCount: neo4j.int(s.sourceCount),
});

const toDate = (iso: string): unknown => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
};

/** timeStart/timeEnd/timeDerivation of a new element, as Cypher parameters (none when timeless). */
function timeProps(props: JsonProperties): Record<string, unknown> {
  const t = timeBounds(props);
  if (!t) return {};
  const out: Record<string, unknown> = { timeDerivation: t.timeDerivation };
  if (t.timeStart) out.timeStart = toDate(t.timeStart);
  if (t.timeEnd) out.timeEnd = toDate(t.timeEnd);
  return out;
}

const strings = (v: unknown): Set<string> => new Set((v as unknown[]).map(String));

/** Write one planned batch in `tx` (see the module comment). */
export async function writeBatch(
  tx: ManagedTransaction,
  plan: BatchPlan,
  knownSources: Set<string>,
  strategy: WriteStrategy = 'create',
): Promise<BatchCounts> {
  const { batch, facts, evidence } = plan;
  const counts: BatchCounts = { nodes: 0, rels: 0, evidence: 0 };

  if (evidence.length > 0) {
    // Every source cited must exist (source files load first); a load checks each source id once.
    // Sources written by this very batch count too (they are written before its evidence), but
    // only for this batch: if it rolls back, they are not in the database.
    const inBatch = new Set([...plan.nodes].filter(([, n]) => n.label === SOURCE_LABEL).map(([id]) => id));
    const unchecked = [...new Set(evidence.map((e) => e.record.sourceId))].filter(
      (id) => !knownSources.has(id) && !inBatch.has(id),
    );
    if (unchecked.length > 0) {
      for (const r of await runQuery(tx, load.knownSources, { ids: unchecked })) knownSources.add(String(r.id));
      const bad = evidence.find((e) => !knownSources.has(e.record.sourceId) && !inBatch.has(e.record.sourceId));
      if (bad)
        throw new RefusedEvidence(
          bad.index,
          `evidence cites source "${bad.record.sourceId}", which is not a :Source in the database. ` +
            'Add the source (a {"label": "Source", …} record; files of sources load first) or fix sourceId.',
        );
    }
  }

  // The one lookup: what of the batch exists already.
  const entityIds: string[] = [];
  const sourceIds: string[] = [];
  for (const [id, n] of plan.nodes) (n.label === SOURCE_LABEL ? sourceIds : entityIds).push(id);
  const evidenceIds = [...new Set(evidence.map((e) => e.id))];
  let existingNodes: Set<string>;
  let existingRels: Set<string>;
  let existingEvidence: Set<string>;
  let withEvidence: Set<string>;
  if (strategy === 'merge') {
    // The earlier loader, kept for comparison (bench:load --strategy merge): every row through MERGE.
    existingNodes = new Set(plan.nodes.keys());
    existingRels = new Set([...plan.rels.values()].map((r) => String(r.props.id)));
    existingEvidence = new Set(evidenceIds);
    withEvidence =
      facts.size === 0
        ? new Set()
        : strings((await runQuery(tx, load.factsWithEvidence, { ids: [...facts.keys()] })).map((r): unknown => r.id));
  } else {
    const [found] = await runQuery(tx, load.existing, {
      entityIds,
      sourceIds,
      rels: [...plan.rels.values()].map((r) => ({ id: r.props.id, from: r.from, to: r.to })),
      evidenceIds,
      factIds: [...facts.keys()],
    });
    existingNodes = new Set([...strings(found!.entities), ...strings(found!.sources)]);
    existingRels = strings(found!.relationships);
    existingEvidence = strings(found!.evidence);
    withEvidence = strings(found!.withEvidence);
  }

  // Facts of the batch whose evidence is all in the batch: summaries computed here.
  const batchEvidence = new Map<string, Map<string, EvidenceRecordBody>>();
  for (const e of evidence) {
    if (!facts.has(e.record.factId) || withEvidence.has(e.record.factId)) continue;
    let records = batchEvidence.get(e.record.factId);
    if (!records) batchEvidence.set(e.record.factId, (records = new Map<string, EvidenceRecordBody>()));
    records.set(e.id, e.record); // the same record twice is one :Evidence node
  }
  const summaryOf = (id: string): Record<string, unknown> =>
    withEvidence.has(id) ? {} : summaryProps(summarise([...(batchEvidence.get(id)?.values() ?? [])]));

  type Props = Record<string, unknown>;
  const rows = {
    newSources: [] as { props: Props }[],
    sources: [] as { props: Props }[],
    newEntities: [] as { label: string; props: Props }[],
    entities: [] as { label: string; props: Props }[],
    newRels: [] as { type: string; from: string; to: string; props: Props }[],
    rels: [] as { type: string; from: string; to: string; props: Props }[],
  };
  for (const [id, n] of plan.nodes) {
    const isNew = !existingNodes.has(id);
    const props = { ...toCypherProperties(n.props), ...(isNew ? timeProps(n.props) : {}) };
    if (n.label === SOURCE_LABEL) (isNew ? rows.newSources : rows.sources).push({ props });
    else (isNew ? rows.newEntities : rows.entities).push({ label: n.label, props: { ...props, ...summaryOf(id) } });
  }
  for (const r of plan.rels.values()) {
    const id = String(r.props.id);
    const isNew = !existingRels.has(id);
    const fact = !METADATA_RELATIONSHIP_TYPES.has(r.type);
    const props = {
      ...toCypherProperties(r.props),
      ...(isNew ? timeProps(r.props) : {}),
      ...(fact ? summaryOf(id) : {}),
    };
    (isNew ? rows.newRels : rows.rels).push({ type: r.type, from: r.from, to: r.to, props });
  }
  for (const [query, list] of [
    [load.createSources, rows.newSources],
    [load.sources, rows.sources],
    [load.createEntities, rows.newEntities],
    [load.entities, rows.entities],
  ] as const) {
    if (list.length === 0) continue;
    const result = await queryResult(tx, query, { rows: list });
    counts.nodes += result.summary.counters.updates().nodesCreated;
  }
  for (const [query, list] of [
    [load.createRelationships, rows.newRels],
    [load.relationships, rows.rels],
  ] as const) {
    if (list.length === 0) continue;
    const result = await queryResult(tx, query, { rows: list });
    if (Number(result.records[0]?.get('written') ?? 0) !== list.length) throw new MissingEndpoints();
    counts.rels += result.summary.counters.updates().relationshipsCreated;
  }
  // What was merged into existing elements: its time bounds from its dates as they now are, by the
  // one rule (what was created has them already, from the rule's mirror).
  const merged = {
    entities: rows.entities.map((r) => String(r.props.id)),
    sources: rows.sources.map((r) => String(r.props.id)),
    relationships: rows.rels.map((r) => ({ id: String(r.props.id), from: r.from, to: r.to })),
  };
  if (merged.entities.length + merged.sources.length + merged.relationships.length > 0)
    await runQuery(tx, time.bounds, merged);

  if (evidence.length > 0) {
    const recordedBy = `loader:${batch.fileName}`;
    // The same record twice in a batch is one :Evidence node, its properties merged as SET += would.
    const byId = new Map<string, { id: string; props: Record<string, unknown> }>();
    for (const e of evidence) {
      const row = toCypherEvidence(e.record, e.id, recordedBy);
      const seen = byId.get(e.id);
      byId.set(e.id, seen ? { id: e.id, props: { ...seen.props, ...row.props } } : row);
    }
    const fresh = [...byId.values()].filter((r) => !existingEvidence.has(r.id));
    const known = [...byId.values()].filter((r) => existingEvidence.has(r.id));
    for (const [query, list] of [
      [load.createEvidence, fresh],
      [load.evidence, known],
    ] as const) {
      if (list.length === 0) continue;
      const result = await queryResult(tx, query, { rows: list });
      counts.evidence += result.summary.counters.updates().nodesCreated;
    }
  }

  // Facts whose summaries depend on evidence outside the batch, and facts of evidence records
  // whose fact is not in the batch: recomputed from the database, which also proves they exist.
  const refresh = new Map<string, FactKey>();
  for (const id of withEvidence) {
    const f = facts.get(id);
    if (f) refresh.set(id, { id, from: f.from, to: f.to });
  }
  for (const { record: e } of evidence) {
    if (!facts.has(e.factId) && !refresh.has(e.factId))
      refresh.set(e.factId, { id: e.factId, from: e.factFrom ?? null, to: e.factTo ?? null });
  }
  if (refresh.size > 0) {
    const refreshed = await runQuery(tx, evidenceQueries.refreshSummaries, { facts: [...refresh.values()] });
    if (refreshed.length !== refresh.size) {
      const got = new Set(refreshed.map((r) => String(r.id)));
      const bad = evidence.find((e) => !got.has(e.record.factId) && refresh.has(e.record.factId));
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
      throw new Error(`summaries not refreshed for ${refresh.size - got.size} fact(s) of the batch`);
    }
  }

  // The access paths of what the batch wrote (docs/ontology.md, Access paths), in its transaction.
  await refreshAccessPaths(tx, touchedByBatch(batch));
  return counts;
}

/** The entities and fact relationships a batch writes: the input of its access-path refresh. */
function touchedByBatch(batch: Batch): Touched {
  const touched: Touched = { rels: [], entities: [] };
  for (const r of batch.records) {
    if (isNodeRecord(r)) {
      if (r.label !== SOURCE_LABEL) touched.entities.push(r.properties.id);
    } else if (isRelationshipRecord(r)) {
      if (!METADATA_RELATIONSHIP_TYPES.has(r.type)) touched.rels.push({ type: r.type, from: r.from, to: r.to });
    }
  }
  return touched;
}
