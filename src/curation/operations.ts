/**
 * The curation writes (docs/curation.md). Each runs in ONE write transaction: lock what it
 * changes (and check the version the caller based the change on), check the input as
 * `npm run ingest` checks a file (validation.ts), write, and append the journal — so it
 * completes whole or changes nothing. Nothing is ever deleted: a retraction hides an element
 * from the read views and keeps it, a merge keeps the merged entity as :Merged.
 */
import { ManagedTransaction } from 'neo4j-driver';
import { Principal } from '../auth/principal';
import { refreshAccessPaths } from '../db/access-paths';
import { DERIVED_PROPERTIES, SUMMARY_PROPERTIES } from '../load/format';
import { curation, ingest, time } from '../db/queries';
import { runQuery } from '../db/query';
import { Graph } from '../db/driver';
import { badInput, notFound } from '../errors';
import { relationshipId, TIME_KEYS } from '../ingest/validate';
import { emptyReport, writePlan } from '../ingest/write';
import { plainProps, Props } from '../graphql/values';
import { validateEntityUpdate } from '../ingest/document';
import { ChangeSet, Operation } from './journal';
import { EntityState, entityLabel, isActiveEntity, RelationshipState } from './state';
import {
  archiveRelationships,
  checkVersion,
  evidenceByIds,
  evidenceOf,
  lockEntities,
  lockRelationships,
  putEntity,
  putEvidence,
  refreshSummaries,
  RelationshipKey,
  relationshipsOf,
  setRelationships,
  versionOf,
} from './store';
import {
  checkDocument,
  compact,
  entityPaths,
  formatPath,
  invalidInput,
  sourcePaths,
  statementPaths,
} from './validation';

export interface CurationEnv {
  graph: Graph;
  /** The folder of source texts (SOURCES_DIR): excerpts are checked against the texts in it. */
  sourcesDir: string | undefined;
}

/** What a write did: its journal records and the elements to show. */
export interface WriteOutcome {
  changeId: string;
  operation: Operation;
  recordedAt: string;
  /** Bytes of the change records this write appended (journal.ts journalBytes). */
  journalBytes: number;
  entityId?: string;
  relationship?: RelationshipKey;
  evidenceIds: string[];
  sourceId?: string;
}

type Work = (
  tx: ManagedTransaction,
  changes: ChangeSet,
) => Promise<Omit<WriteOutcome, 'changeId' | 'operation' | 'recordedAt' | 'journalBytes'>>;

/** One write: its work and its journal in one transaction (a retried transaction starts a fresh change set). */
async function write(
  env: CurationEnv,
  operation: Operation,
  principal: Principal,
  reason: string | null | undefined,
  work: Work,
  undoes: string | null = null,
): Promise<WriteOutcome> {
  const why = reason?.trim() || null;
  return env.graph.inWriteTransaction(async (tx) => {
    const changes = new ChangeSet(operation, principal, why, undoes);
    const shown = await work(tx, changes);
    // The access paths of everything the write touched, in its transaction (docs/ontology.md).
    await refreshAccessPaths(tx, changes.touched.touched);
    const appended = await changes.append(tx);
    return {
      ...shown,
      changeId: changes.changeId,
      operation,
      recordedAt: appended.recordedAt,
      journalBytes: appended.bytes,
    };
  });
}

/** What an API write records as its writer on evidence (`recordedBy`, docs/evidence.md). */
const recordedBy = (p: Principal): string => `api:${p.holder}`;

const requireReason = (reason: string | null | undefined, what: string): string => {
  if (!reason || !reason.trim())
    throw badInput(`input.reason: ${what} needs a reason (it is kept in the journal)`, 'input');
  if (reason.length > 2000) throw badInput('input.reason: at most 2,000 characters', 'input');
  return reason.trim();
};

// --- the fact a write is about ----------------------------------------------------------------

export type Fact = { kind: 'entity'; state: EntityState } | { kind: 'relationship'; state: RelationshipState };

/** A relationship id's parts, as the seed scripts and the ingest derive it: `<type>|<from>|<to>[|<role>]`. */
function parseRelationshipId(id: string): { type: string; from: string; to: string } | null {
  const parts = id.split('|');
  if (parts.length < 3 || !parts[1] || !parts[2]) return null;
  return { type: parts[0]!.toUpperCase(), from: parts[1], to: parts[2] };
}

/** The id an entity id resolves to now: itself, or the survivor of the merges it went through. */
async function survivorOf(tx: ManagedTransaction, id: string): Promise<string> {
  let current = id;
  for (let hops = 0; hops < 10; hops++) {
    const [row] = await runQuery(tx, curation.mergedInto, { ids: [current] });
    if (!row) return current;
    current = String(row.into);
  }
  return current;
}

/** Lock the active fact a write names: an entity or a relationship; NOT_FOUND or BAD_USER_INPUT otherwise. */
async function lockFact(tx: ManagedTransaction, factId: string, arg = 'factId'): Promise<Fact> {
  const parsed = parseRelationshipId(factId);
  if (!parsed) {
    const entity = (await lockEntities(tx, [factId])).get(factId);
    if (!entity) throw notFound('entity', factId);
    if (entity.labels.includes('Merged')) {
      throw badInput(
        `input.${arg}: ${factId} was merged into ${String(entity.props.mergedInto)}; write to that entity`,
        'input',
      );
    }
    if (!isActiveEntity(entity)) {
      throw badInput(`input.${arg}: ${factId} is retracted; it takes no more writes`, 'input');
    }
    return { kind: 'entity', state: entity };
  }
  // A merge keeps a moved relationship's id: its ends may now be the survivors of the id's ends.
  const keys: RelationshipKey[] = [{ id: factId, from: parsed.from, to: parsed.to }];
  const [from, to] = [await survivorOf(tx, parsed.from), await survivorOf(tx, parsed.to)];
  if (from !== parsed.from || to !== parsed.to) keys.push({ id: factId, from, to });
  for (const key of keys) {
    const rel = (await lockRelationships(tx, [key])).get(factId);
    if (rel) return { kind: 'relationship', state: rel };
  }
  throw notFound('relationship', factId);
}

const factKey = (f: Fact) =>
  f.kind === 'entity'
    ? { id: f.state.id, from: null, to: null }
    : { id: f.state.id, from: f.state.from, to: f.state.to };

/** Re-read a fact after a write (its summaries and version as now stored). */
async function reread(tx: ManagedTransaction, f: Fact): Promise<Fact> {
  if (f.kind === 'entity') {
    const state = (await lockEntities(tx, [f.state.id])).get(f.state.id)!;
    return { kind: 'entity', state };
  }
  const state = (await lockRelationships(tx, [{ id: f.state.id, from: f.state.from, to: f.state.to }])).get(
    f.state.id,
  )!;
  return { kind: 'relationship', state };
}

/** Give a fact the next version (every change to a fact, its summaries included, is a new version). */
async function bumpVersion(tx: ManagedTransaction, f: Fact, extra: Props = {}): Promise<void> {
  const set = { ...extra, version: versionOf(f.state.props) + 1 };
  if (f.kind === 'entity') await putEntity(tx, f.state.id, f.state.labels, set);
  else await setRelationships(tx, [{ id: f.state.id, from: f.state.from, to: f.state.to, set }]);
}

// --- evidence input -----------------------------------------------------------------------------

export interface EvidenceInput {
  excerpt: string;
  occurrence?: number | null;
  prefix?: string | null;
  suffix?: string | null;
  attribution?: string | null;
  attributedTo?: string | null;
  confidence?: number | null;
  status?: string | null;
  stance?: string | null;
  statedValue?: number | null;
  note?: string | null;
  derivation?: string | null;
}

type TimeInput = Partial<Record<(typeof TIME_KEYS)[number], string | boolean | null>>;

const MAX_EVIDENCE = 50;
function checkEvidenceCount(evidence: unknown[] | null | undefined): void {
  if (evidence && evidence.length > MAX_EVIDENCE) {
    throw badInput(`input.evidence: at most ${MAX_EVIDENCE} evidence entries per write`, 'input');
  }
}

/** Journal the evidence a plan wrote and every fact it touched (before → after). */
async function journalPlanWrite(tx: ManagedTransaction, changes: ChangeSet, evidenceIds: string[]): Promise<void> {
  const written = await evidenceByIds(tx, evidenceIds);
  for (const id of evidenceIds) changes.record('evidence', id, null, written.get(id) ?? null);
}

// --- registerSource -----------------------------------------------------------------------------

export interface SourceInput {
  id: string;
  title: string;
  publisher: string;
  publisherId?: string | null;
  date: string;
  datePrecision: string;
  publishedAtText?: string | null;
  kind: string;
  language: string;
  url?: string | null;
  synthetic?: boolean | null;
  text: string;
  reason?: string | null;
}

export function registerSource(env: CurationEnv, principal: Principal, input: SourceInput): Promise<WriteOutcome> {
  const { reason, ...source } = input;
  return write(env, 'registerSource', principal, reason, async (tx, changes) => {
    const checked = await checkDocument(tx, {
      document: { source: compact(source) },
      factIds: [],
      sourcesDir: env.sourcesDir,
      recordedBy: recordedBy(principal),
      paths: sourcePaths,
    });
    if (checked.plan.source.exists) {
      throw invalidInput([
        {
          at: 'input.id',
          message: `${source.id} is already registered; a source's metadata is the document's own and is never changed`,
        },
      ]);
    }
    await writePlan(tx, checked.plan, emptyReport());
    const [row] = await runQuery(tx, ingest.source, { sourceId: source.id });
    changes.record('source', source.id, null, { kind: 'source', props: plainProps(row?.properties) });
    return { sourceId: source.id, evidenceIds: [] };
  });
}

// --- createEntity -------------------------------------------------------------------------------

export interface CreateEntityInput extends TimeInput {
  sourceId: string;
  label: string;
  id: string;
  name: string;
  aliases?: string[] | null;
  description?: string | null;
  properties?: Record<string, unknown> | null;
  evidence: EvidenceInput[];
  reason?: string | null;
}

export function createEntity(env: CurationEnv, principal: Principal, input: CreateEntityInput): Promise<WriteOutcome> {
  const { reason, sourceId, ...entry } = input;
  checkEvidenceCount(entry.evidence);
  return write(env, 'createEntity', principal, reason, async (tx, changes) => {
    const held = (await lockEntities(tx, [input.id])).get(input.id);
    if (held) {
      const what = isActiveEntity(held)
        ? 'is already in the graph: correct it with updateEntity, or add evidence with addEvidence'
        : held.labels.includes('Merged')
          ? `was merged into ${String(held.props.mergedInto)}; its id stays reserved`
          : 'was retracted; its id stays reserved';
      throw invalidInput([{ at: 'input.id', message: `${input.id} ${what}` }]);
    }
    const checked = await checkDocument(tx, {
      document: { entities: [compact(entry)] },
      sourceId,
      factIds: [input.id],
      sourcesDir: env.sourcesDir,
      recordedBy: recordedBy(principal),
      paths: entityPaths,
    });
    await writePlan(tx, checked.plan, emptyReport());
    const created = (await lockEntities(tx, [input.id])).get(input.id)!;
    changes.record('entity', input.id, null, created);
    const evidenceIds = checked.plan.evidence.map((e) => e.id);
    await journalPlanWrite(tx, changes, evidenceIds);
    return { entityId: input.id, evidenceIds };
  });
}

// --- assertFact ---------------------------------------------------------------------------------

export interface AssertFactInput extends TimeInput {
  sourceId: string;
  type: string;
  from: string;
  to: string;
  role?: string | null;
  properties?: Record<string, unknown> | null;
  evidence: EvidenceInput[];
  reason?: string | null;
}

export function assertFact(env: CurationEnv, principal: Principal, input: AssertFactInput): Promise<WriteOutcome> {
  const { reason, sourceId, type, ...rest } = input;
  checkEvidenceCount(rest.evidence);
  return write(env, 'assertFact', principal, reason, async (tx, changes) => {
    // Its ends stay as they are until this commits (no merge or retraction in between).
    const ends = await lockEntities(tx, [input.from, input.to]);
    for (const end of ['from', 'to'] as const) {
      const e = ends.get(input[end]);
      if (e && e.labels.includes('Merged')) {
        throw invalidInput([
          { at: `input.${end}`, message: `${input[end]} was merged into ${String(e.props.mergedInto)}; use that id` },
        ]);
      }
    }
    const checked = await checkDocument(tx, {
      document: { statements: [compact({ relationship: type, ...rest, new: true })] },
      sourceId,
      factIds: [relationshipId(type, input.from, input.to, input.role ?? undefined)],
      sourcesDir: env.sourcesDir,
      recordedBy: recordedBy(principal),
      paths: statementPaths,
    });
    const planned = checked.plan.relationships[0]!;
    if (planned.exists) {
      throw invalidInput([
        {
          at: 'input.type',
          message: `the relationship ${planned.id} is already in the graph: add this source's evidence to it with addEvidence`,
        },
      ]);
    }
    await writePlan(tx, checked.plan, emptyReport());
    const key = { id: planned.id, from: planned.from, to: planned.to };
    const created = (await lockRelationships(tx, [key])).get(planned.id)!;
    changes.record('relationship', planned.id, null, created);
    const evidenceIds = checked.plan.evidence.map((e) => e.id);
    await journalPlanWrite(tx, changes, evidenceIds);
    return { relationship: key, evidenceIds };
  });
}

// --- addEvidence --------------------------------------------------------------------------------

export interface AddEvidenceInput {
  sourceId: string;
  factId: string;
  evidence: EvidenceInput[];
  expectedVersion?: number | null;
  reason?: string | null;
}

export function addEvidence(env: CurationEnv, principal: Principal, input: AddEvidenceInput): Promise<WriteOutcome> {
  checkEvidenceCount(input.evidence);
  return write(env, 'addEvidence', principal, input.reason, async (tx, changes) => {
    const fact = await lockFact(tx, input.factId);
    checkVersion(fact.state.id, fact.state.props, input.expectedVersion, 'fact');
    const statement =
      fact.kind === 'entity'
        ? { node: fact.state.id, evidence: input.evidence }
        : {
            relationship: fact.state.type,
            from: fact.state.from,
            to: fact.state.to,
            ...(typeof fact.state.props.role === 'string' ? { role: fact.state.props.role } : {}),
            evidence: input.evidence,
          };
    const checked = await checkDocument(tx, {
      document: { statements: [compact(statement)] },
      sourceId: input.sourceId,
      factIds: [fact.state.id],
      sourcesDir: env.sourcesDir,
      recordedBy: recordedBy(principal),
      paths: statementPaths,
    });
    await writePlan(tx, checked.plan, emptyReport());
    await bumpVersion(tx, await reread(tx, fact));
    const after = await reread(tx, fact);
    changes.record(fact.kind, fact.state.id, fact.state, after.state);
    const evidenceIds = checked.plan.evidence.map((e) => e.id);
    await journalPlanWrite(tx, changes, evidenceIds);
    return {
      ...(fact.kind === 'entity' ? { entityId: fact.state.id } : { relationship: factKey(fact) as RelationshipKey }),
      evidenceIds,
    };
  });
}

// --- updateEntity -------------------------------------------------------------------------------

export interface UpdateEntityInput extends TimeInput {
  id: string;
  expectedVersion: number;
  name?: string | null;
  aliases?: string[] | null;
  description?: string | null;
  /** Other properties to set; a null value removes one. */
  properties?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Properties an update may not touch: the identity, derived values, summaries, the journal's own. */
const NOT_UPDATABLE = new Set(['id', 'version', 'aliasText', ...DERIVED_PROPERTIES, ...SUMMARY_PROPERTIES]);

export function updateEntity(
  env: CurationEnv,
  principal: Principal,
  input: UpdateEntityInput,
  given: Set<string>,
): Promise<WriteOutcome> {
  return write(env, 'updateEntity', principal, input.reason, async (tx, changes) => {
    const fact = await lockFact(tx, input.id, 'id');
    if (fact.kind !== 'entity')
      throw badInput('input.id: updateEntity changes entities; this is a relationship id', 'input');
    checkVersion(fact.state.id, fact.state.props, input.expectedVersion, 'entity');
    const before = fact.state;

    // The entity after the change, checked by the ingest's own rules for an entity entry.
    const next: Props = { ...before.props };
    for (const key of ['name', 'aliases', 'description', ...TIME_KEYS] as const) {
      if (given.has(key)) next[key] = (input as unknown as Record<string, unknown>)[key] ?? undefined;
    }
    const extra = input.properties ?? {};
    for (const [k, v] of Object.entries(extra)) {
      if (NOT_UPDATABLE.has(k)) {
        throw invalidInput([
          { at: `input.properties.${k}`, message: `"${k}" is not set by hand: it is derived or kept by the graph` },
        ]);
      }
      next[k] = v ?? undefined;
    }
    const entry: Record<string, unknown> = {
      label: entityLabel(before),
      id: before.id,
      name: next.name,
      aliases: next.aliases,
      description: next.description,
      ...Object.fromEntries(TIME_KEYS.map((k) => [k, next[k]])),
      properties: Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== null && v !== undefined)),
    };
    const issues = validateEntityUpdate(compact(entry));
    if (issues.length) {
      throw invalidInput(issues.map((i) => ({ at: formatPath(['input', ...i.path]), message: i.message })));
    }
    const set: Props = {};
    for (const [k, v] of Object.entries(next))
      if (JSON.stringify(before.props[k]) !== JSON.stringify(v)) set[k] = v ?? null;
    if (Object.keys(set).length === 0)
      throw badInput('input: nothing to change (every given value is the stored one)', 'input');
    // Time bounds are derived again from the dates as they are now.
    const datesChanged = TIME_KEYS.some((k) => k in set);
    if (datesChanged) Object.assign(set, { timeStart: null, timeEnd: null, timeDerivation: null });
    set.version = versionOf(before.props) + 1;
    await putEntity(tx, before.id, before.labels, set);
    if (datesChanged) {
      await runQuery(tx, time.bounds, {
        entities: [before.id],
        sources: [],
        relationships: [],
      });
    }
    const after = (await lockEntities(tx, [before.id])).get(before.id)!;
    changes.record('entity', before.id, before, after);
    return { entityId: before.id, evidenceIds: [] };
  });
}

// --- retractions ----------------------------------------------------------------------------------

export interface RetractEvidenceInput {
  evidenceId: string;
  reason: string;
  expectedVersion?: number | null;
}

const retraction = (principal: Principal, reason: string): Props => ({
  retractedAt: new Date().toISOString(),
  retractedBy: principal.holder,
  retractionReason: reason,
});

export function retractEvidence(
  env: CurationEnv,
  principal: Principal,
  input: RetractEvidenceInput,
): Promise<WriteOutcome> {
  const reason = requireReason(input.reason, 'a retraction');
  return write(env, 'retractEvidence', principal, reason, async (tx, changes) => {
    const record = (await evidenceByIds(tx, [input.evidenceId])).get(input.evidenceId);
    if (!record) throw notFound('evidence record', input.evidenceId);
    const factId = String(record.props.factId);
    const fact = await lockFact(tx, factId, 'evidenceId');
    checkVersion(fact.state.id, fact.state.props, input.expectedVersion, 'fact');
    // Read again under the fact's lock: a concurrent retraction of the same record has committed by now.
    const current = (await evidenceByIds(tx, [input.evidenceId])).get(input.evidenceId)!;
    if (current.props.retractedAt) {
      throw badInput(
        `input.evidenceId: ${input.evidenceId} is already retracted (${String(current.props.retractedAt)})`,
        'input',
      );
    }
    await putEvidence(tx, [{ id: current.id, set: retraction(principal, reason) }]);
    await refreshSummaries(tx, [factKey(fact)]);
    await bumpVersion(tx, await reread(tx, fact));
    const after = await reread(tx, fact);
    changes.record('evidence', current.id, current, (await evidenceByIds(tx, [current.id])).get(current.id)!);
    changes.record(fact.kind, fact.state.id, fact.state, after.state);
    return {
      ...(fact.kind === 'entity' ? { entityId: fact.state.id } : { relationship: factKey(fact) as RelationshipKey }),
      evidenceIds: [current.id],
    };
  });
}

export interface RetractFactInput {
  id: string;
  reason: string;
  expectedVersion: number;
}

/**
 * Retract an entity or a relationship. Its evidence is retracted with it; an entity's
 * relationships too (a fact about something retracted no longer stands). Kept, hidden:
 * the entity as :Retracted, each relationship as a :Retracted node.
 */
export function retractFact(env: CurationEnv, principal: Principal, input: RetractFactInput): Promise<WriteOutcome> {
  const reason = requireReason(input.reason, 'a retraction');
  return write(env, 'retractFact', principal, reason, async (tx, changes) => {
    const fact = await lockFact(tx, input.id, 'id');
    checkVersion(fact.state.id, fact.state.props, input.expectedVersion, fact.kind);
    const stamp = retraction(principal, reason);
    const rels = fact.kind === 'entity' ? await relationshipsOf(tx, [fact.state.id]) : [fact.state];
    const factIds = [...(fact.kind === 'entity' ? [fact.state.id] : []), ...rels.map((r) => r.id)];
    const evidence = [...(await evidenceOf(tx, factIds)).values()].flat().filter((e) => !e.props.retractedAt);

    await putEvidence(
      tx,
      evidence.map((e) => ({ id: e.id, set: stamp })),
    );
    await archiveRelationships(
      tx,
      rels.map((r) => ({ id: r.id, from: r.from, to: r.to, set: { ...stamp, version: versionOf(r.props) + 1 } })),
    );
    if (fact.kind === 'entity') {
      await putEntity(tx, fact.state.id, ['Retracted'], {
        ...stamp,
        retractedLabels: fact.state.labels,
        version: versionOf(fact.state.props) + 1,
      });
    }

    const afterEvidence = await evidenceByIds(
      tx,
      evidence.map((e) => e.id),
    );
    for (const e of evidence) changes.record('evidence', e.id, e, afterEvidence.get(e.id)!);
    for (const r of rels) {
      changes.record('relationship', r.id, r, {
        ...r,
        props: { ...r.props, ...stamp, version: versionOf(r.props) + 1 },
        retracted: true,
      });
    }
    if (fact.kind === 'entity') {
      const after = (await lockEntities(tx, [fact.state.id])).get(fact.state.id)!;
      changes.record('entity', fact.state.id, fact.state, after);
    }
    return {
      ...(fact.kind === 'entity' ? { entityId: fact.state.id } : { relationship: factKey(fact) as RelationshipKey }),
      evidenceIds: evidence.map((e) => e.id),
    };
  });
}

export { write as runWrite, lockFact, factKey, requireReason, retraction };
