/**
 * The checks of a source file beyond its shape, and the plan of what writing it would change.
 *
 * Pure: it sees the file (already shape-checked, document.ts), the source text and what the
 * database holds about the ids the file names (`Lookups`, fetched by lookups.ts), and returns
 * problems, warnings and a plan; no I/O. The one validation of every write: `npm run ingest`
 * and the curation mutations (src/curation/validation.ts) both run it, the mutations on a
 * document built from their input, naming a Source already in the database
 * (`ValidateOptions.source`) instead of carrying a `source` section. Every problem carries the
 * path in the document it is about; the caller turns it into file:line or an input path.
 *
 * Rules (docs/ingest.md):
 * - every id the file refers to is in the database or defined in the file; a relationship is
 *   new only when the statement says `new: true`, otherwise it must exist;
 * - every excerpt occurs in the text exactly once, or the entry says which occurrence;
 * - an existing fact is never changed: a source only adds its evidence to it;
 * - a Source already in the database must have been ingested from the same text (SHA-256);
 * - evidence of other sources, or written by another tool, is never overwritten.
 */
import { createHash } from 'node:crypto';
import { JsonProperties, JsonValue } from '../load/format';
import { ENTITY_ID_PREFIX, OWN_REPORTING } from '../ontology/vocabulary';
import {
  Defaults,
  EntityEntry,
  EvidenceEntry,
  isRelationshipStatement,
  Issue,
  SourceDocument,
  Statement,
} from './document';
import { SourceTextIndex } from './excerpts';
import { DataPath } from './yaml';

/** The source text as read from the texts folder. */
export type SourceText =
  { file: string; content: string; sha256: string } | { file: string; content: null; problem: string };

export function sourceText(file: string, bytes: Buffer): SourceText {
  return { file, content: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

export interface ExistingEntity {
  id: string;
  /** The specific label (Person, Event…). */
  label: string;
  properties: Record<string, unknown>;
}

export interface ExistingRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

/** What the database holds about the ids a file names (lookups.ts). */
export interface Lookups {
  entities: Map<string, ExistingEntity>;
  /** Relationships from → to for every pair a relationship statement names, by pairKey. */
  relationships: Map<string, ExistingRelationship[]>;
  /** The file's Source, when the database has it. */
  source: { properties: Record<string, unknown>; publisherIds: string[] } | null;
  /** The evidence of the file's source already in the database, by evidence id. */
  evidence: Map<string, Record<string, unknown>>;
  /** For an id not found: ids in the database that look like it. */
  suggestions: Map<string, string[]>;
}

export const pairKey = (from: string, to: string): string => `${from}\u0000${to}`;

/** The relationship id the seed scripts and the loader use: `<type>|<from>|<to>[|<role>]`. */
export const relationshipId = (type: string, from: string, to: string, role?: string): string =>
  `${type.toLowerCase()}|${from}|${to}${role !== undefined ? `|${role}` : ''}`;

/** docs/evidence.md: one record per (fact, source, excerpt location). */
export const evidenceId = (factId: string, sourceId: string, start: number, end: number): string =>
  `${factId}|${sourceId}|${start}-${end}`;

const ENTITY_PREFIXES = new Set(Object.values(ENTITY_ID_PREFIX));
/** attributedTo is an entity id when it looks like one (`org:inm`); otherwise a description ("U.S. officials"). */
const looksLikeId = (v: string): boolean => /^[a-z]+:\S+$/.test(v) && ENTITY_PREFIXES.has(v.split(':')[0]!);

export interface FactKey {
  id: string;
  from: string | null;
  to: string | null;
}

export interface PlannedSource {
  id: string;
  properties: JsonProperties;
  exists: boolean;
  publisherId?: string;
  /** True when PUBLISHED_BY source → publisher must be written. */
  linkPublisher: boolean;
}

export interface PlannedEntity {
  id: string;
  label: string;
  properties: JsonProperties;
  exists: boolean;
  path: DataPath;
}

export interface PlannedRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: JsonProperties;
  exists: boolean;
  path: DataPath;
}

export type EvidenceState =
  | 'new' // not in the database
  | 'changed' // recorded by this file before, with other values: updated
  | 'unchanged' // recorded by this file before, the same
  | 'kept'; // recorded by something else (the seed, another file) for this source: never touched

export interface PlannedEvidence {
  id: string;
  fact: FactKey;
  factType: string;
  /** Whether the fact itself is created by this file (else evidence is added to an existing fact). */
  factIsNew: boolean;
  properties: JsonProperties;
  state: EvidenceState;
  path: DataPath;
}

export interface Plan {
  sourceId: string;
  recordedBy: string;
  source: PlannedSource;
  entities: PlannedEntity[];
  relationships: PlannedRelationship[];
  evidence: PlannedEvidence[];
  /** Facts whose evidence summaries the write recomputes: those with new or changed evidence. */
  touchedFacts: FactKey[];
  /** Evidence this file recorded before that it no longer contains (left as it is). */
  leftOver: string[];
}

export interface Validation {
  /** Present when there are no problems. */
  plan?: Plan;
  problems: Issue[];
  warnings: Issue[];
}

export interface ValidateOptions {
  /** What wrote the evidence (`ingest:<file name>`): recorded on each record; only such records are updated. */
  recordedBy: string;
  /**
   * The Source the evidence cites when the document has no `source` section (a curation
   * mutation cites a registered source by id): its id and the name of its text file.
   * Problems about it are reported at the path ['source'].
   */
  source?: { id: string; textFile: string | null };
}

/** Every id and relationship the file refers to, for lookups.ts to fetch. */
export function referencesOf(doc: SourceDocument): {
  sourceId?: string;
  entityIds: string[];
  pairs: [string, string][];
} {
  const ids = new Set<string>();
  const pairs = new Map<string, [string, string]>();
  const addAttributedTo = (v?: string) => {
    if (v !== undefined && looksLikeId(v)) ids.add(v);
  };
  addAttributedTo(doc.defaults.attributedTo);
  if (doc.source?.publisherId) ids.add(doc.source.publisherId);
  for (const e of doc.entities) {
    ids.add(e.id);
    e.evidence.forEach((ev) => addAttributedTo(ev.attributedTo));
  }
  for (const s of doc.statements) {
    if (isRelationshipStatement(s)) {
      ids.add(s.from);
      ids.add(s.to);
      pairs.set(pairKey(s.from, s.to), [s.from, s.to]);
    } else ids.add(s.node);
    s.evidence.forEach((ev) => addAttributedTo(ev.attributedTo));
  }
  return { sourceId: doc.source?.id, entityIds: [...ids].sort(), pairs: [...pairs.values()] };
}

/** Comparable form of a stored or planned value (Neo4j temporals by their ISO text). */
function comparable(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(comparable);
  if (typeof v === 'object') return String(v);
  return v;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

/** Keys of `planned` whose stored value differs. */
const differences = (planned: JsonProperties, stored: Record<string, unknown>): string[] =>
  Object.keys(planned).filter((k) => !same(planned[k], stored[k]));

/** The time properties an entity or fact may carry (ingest files and curation writes alike). */
export const TIME_KEYS = [
  'date',
  'datePrecision',
  'validFrom',
  'validFromPrecision',
  'validTo',
  'validToPrecision',
  'knownFrom',
  'knownFromPrecision',
  'knownTo',
  'knownToPrecision',
  'openEnded',
] as const;

function definedOnly(entries: [string, JsonValue | undefined][]): JsonProperties {
  const out: JsonProperties = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = v;
  return out;
}

function timeProperties(v: Partial<Record<(typeof TIME_KEYS)[number], string | boolean>>): JsonProperties {
  return definedOnly(TIME_KEYS.map((k) => [k, v[k]]));
}

function entityProperties(e: EntityEntry): JsonProperties {
  return {
    ...(e.properties ?? {}),
    name: e.name,
    ...definedOnly([
      ['aliases', e.aliases],
      ['description', e.description],
    ]),
    ...timeProperties(e),
  };
}

/** Check a shape-checked file against its text and the database; plan the write. */
export function validateDocument(
  doc: SourceDocument,
  text: SourceText | null,
  lookups: Lookups,
  options: ValidateOptions,
): Validation {
  const problems: Issue[] = [];
  const warnings: Issue[] = [];
  const problem = (path: DataPath, message: string) => problems.push({ path, message });
  const warn = (path: DataPath, message: string) => warnings.push({ path, message });
  const sourceId = doc.source?.id ?? options.source?.id ?? 'source:?';
  /** The name excerpts are reported against: the text's file name. */
  const textName = doc.source?.text ?? options.source?.textFile ?? '(no text)';

  // --- the source text -------------------------------------------------------------------
  let index: SourceTextIndex | undefined;
  if ((doc.source || options.source) && text) {
    if (text.content === null) problem(['source', 'text'], text.problem);
    else index = new SourceTextIndex(text.content);
  }
  if (!doc.source && options.source) {
    const stored = lookups.source?.properties;
    if (!stored) problem(['source'], `there is no source ${options.source.id} in the database: register it first`);
    else if (options.source.textFile === null || !text) {
      problem(
        ['source'],
        `${options.source.id} has no text file recorded (textFile), so no excerpt of it can be checked; evidence needs a source with a text`,
      );
    } else if (text.content !== null && typeof stored.textSha256 === 'string' && stored.textSha256 !== text.sha256) {
      problem(
        ['source', 'text'],
        `${textName} is not the text ${options.source.id} was recorded with (SHA-256 in the database ${stored.textSha256.slice(0, 12)}…, ` +
          `this text ${text.sha256.slice(0, 12)}…). Its evidence offsets point into the recorded text: restore that text`,
      );
    }
  }

  // --- the Source node ---------------------------------------------------------------------
  let plannedSource: PlannedSource | undefined;
  if (doc.source) {
    const s = doc.source;
    const properties: JsonProperties = {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      ...definedOnly([
        ['publishedAtText', s.publishedAtText],
        ['url', s.url],
        ['synthetic', s.synthetic],
      ]),
      date: s.date,
      datePrecision: s.datePrecision,
      kind: s.kind,
      language: s.language,
      textFile: s.text,
    };
    if (text && text.content !== null) properties.textSha256 = text.sha256;
    const stored = lookups.source?.properties;
    if (stored) {
      const storedSha = stored.textSha256;
      if (text && text.content !== null && typeof storedSha === 'string' && storedSha !== text.sha256) {
        problem(
          ['source', 'text'],
          `${s.text} is not the text ${s.id} was recorded with (SHA-256 in the database ${storedSha.slice(0, 12)}…, ` +
            `this file ${text.sha256.slice(0, 12)}…). Its evidence offsets point into the recorded text: restore that ` +
            'text, or ingest the changed text as a new source with a new id',
        );
      } else if (typeof storedSha !== 'string') {
        warn(
          ['source', 'text'],
          `${s.id} is in the database without a text checksum (textSha256); the text was not compared`,
        );
      }
      const changed = differences(properties, stored).filter((k) => k !== 'textSha256');
      if (changed.length) {
        warn(
          ['source'],
          `${s.id} is already in the database; its metadata is left as it is there, which differs from this file in: ${changed.join(', ')}`,
        );
      }
    }
    plannedSource = {
      id: s.id,
      properties,
      exists: stored !== undefined,
      publisherId: s.publisherId,
      linkPublisher: s.publisherId !== undefined && !(lookups.source?.publisherIds ?? []).includes(s.publisherId),
    };
  }

  // --- what the file defines ---------------------------------------------------------------
  const definedEntities = new Map<string, EntityEntry>();
  for (const e of doc.entities) {
    const first = definedEntities.get(e.id);
    if (first) {
      problem(['entities', e.index, 'id'], `${e.id} is defined twice (also at entities[${first.index}])`);
      continue;
    }
    definedEntities.set(e.id, e);
  }

  /** The label of an entity id: defined in the file or found in the database. */
  const labelOf = (id: string): string | undefined =>
    definedEntities.get(id)?.label ??
    lookups.entities.get(id)?.label ??
    (doc.unreadableEntityIds.has(id) ? '(an entry with problems)' : undefined);

  const unknownId = (path: DataPath, id: string, what: string) => {
    const like = lookups.suggestions.get(id) ?? [];
    problem(
      path,
      `${what} "${id}" is not in the database and not defined in this file's entities` +
        (like.length
          ? `; did you mean ${like.map((x) => `"${x}"`).join(' or ')}?`
          : '; check the spelling, or define it under entities'),
    );
  };

  const checkAttributedTo = (path: DataPath, value: string | undefined) => {
    if (value !== undefined && looksLikeId(value) && labelOf(value) === undefined)
      unknownId(path, value, 'attributedTo');
  };
  checkAttributedTo(['defaults', 'attributedTo'], doc.defaults.attributedTo);
  if (doc.source?.publisherId && labelOf(doc.source.publisherId) === undefined) {
    unknownId(['source', 'publisherId'], doc.source.publisherId, 'publisherId');
  }

  // --- entities ------------------------------------------------------------------------------
  const plannedEntities: PlannedEntity[] = [];
  for (const e of definedEntities.values()) {
    const path: DataPath = ['entities', e.index];
    const properties = entityProperties(e);
    const stored = lookups.entities.get(e.id);
    if (stored && stored.label !== e.label) {
      problem([...path, 'label'], `${e.id} is already in the database as a ${stored.label}, not a ${e.label}`);
      continue;
    }
    if (stored) {
      const changed = differences(properties, stored.properties);
      if (changed.length) {
        warn(
          path,
          `${e.id} is already in the database; its properties are left as they are, which differs from this file in: ${changed.join(', ')}`,
        );
      }
    }
    plannedEntities.push({ id: e.id, label: e.label, properties, exists: stored !== undefined, path });
  }

  // --- statements: which fact each is about ----------------------------------------------------
  interface FactTarget {
    key: FactKey;
    kind: 'node' | 'relationship';
    type: string;
    isNew: boolean;
    /** The statistic's value, for statedValue checks. */
    value?: unknown;
    evidence: EvidenceEntry[];
    path: DataPath;
  }
  const targets: FactTarget[] = [];
  for (const e of plannedEntities) {
    const entry = definedEntities.get(e.id)!;
    targets.push({
      key: { id: e.id, from: null, to: null },
      kind: 'node',
      type: e.label,
      isNew: !e.exists,
      value: e.exists ? lookups.entities.get(e.id)!.properties.value : entry.properties?.value,
      evidence: entry.evidence,
      path: e.path,
    });
  }

  const plannedRelationships: PlannedRelationship[] = [];
  const statedFacts = new Map<string, Statement>();
  for (const s of doc.statements) {
    const path: DataPath = ['statements', s.index];
    if (!isRelationshipStatement(s)) {
      if (definedEntities.has(s.node) || doc.unreadableEntityIds.has(s.node)) {
        problem(
          [...path, 'node'],
          `${s.node} is defined under entities in this file: put this evidence in its entry there`,
        );
        continue;
      }
      const stored = lookups.entities.get(s.node);
      if (!stored) {
        unknownId([...path, 'node'], s.node, 'node');
        continue;
      }
      const first = statedFacts.get(s.node);
      if (first) {
        problem(
          [...path, 'node'],
          `${s.node} is stated twice (also at statements[${first.index}]): put all its evidence in one`,
        );
        continue;
      }
      statedFacts.set(s.node, s);
      targets.push({
        key: { id: s.node, from: null, to: null },
        kind: 'node',
        type: stored.label,
        isNew: false,
        value: stored.properties.value,
        evidence: s.evidence,
        path,
      });
      continue;
    }

    let endpointsKnown = true;
    for (const end of ['from', 'to'] as const) {
      if (labelOf(s[end]) === undefined) {
        unknownId([...path, end], s[end], end);
        endpointsKnown = false;
      }
    }
    if (!endpointsKnown) continue;
    const id = relationshipId(s.relationship, s.from, s.to, s.role);
    const first = statedFacts.get(id);
    if (first) {
      problem(
        path,
        `the relationship ${id} is stated twice (also at statements[${first.index}]): put all its evidence in one`,
      );
      continue;
    }
    statedFacts.set(id, s);
    const between = lookups.relationships.get(pairKey(s.from, s.to)) ?? [];
    // The relationship a statement means: the one with the derived id, or else the one of this
    // type and role between the two (a merge moves relationships to the survivor keeping their ids).
    const stored =
      between.find((r) => r.id === id) ??
      between.find((r) => r.type === s.relationship && same(r.properties.role, s.role));
    const properties: JsonProperties = {
      ...(s.properties ?? {}),
      ...definedOnly([['role', s.role]]),
      ...timeProperties(s),
    };
    if (!stored && !s.new) {
      const others = between.map(
        (r) => `${r.type}${r.properties.role !== undefined ? ` (role ${String(r.properties.role)})` : ''}`,
      );
      problem(
        [...path, 'relationship'],
        `there is no ${s.relationship}${s.role !== undefined ? ` with role "${s.role}"` : ''} from ${s.from} to ${s.to} in the database` +
          (others.length
            ? `; between them there is: ${others.join(', ')}`
            : '; there is no relationship between them at all') +
          '. Fix the type, ends or role, or add "new: true" if this source states a new fact',
      );
      continue;
    }
    if (stored && s.new) {
      const changed = differences(properties, stored.properties);
      if (changed.length) {
        warn(
          path,
          `${id} is already in the database; its properties are left as they are, which differs from this file in: ${changed.join(', ')}`,
        );
      }
    }
    plannedRelationships.push({
      id: stored?.id ?? id,
      type: s.relationship,
      from: s.from,
      to: s.to,
      properties,
      exists: stored !== undefined,
      path,
    });
    targets.push({
      key: { id: stored?.id ?? id, from: s.from, to: s.to },
      kind: 'relationship',
      type: s.relationship,
      isNew: stored === undefined,
      evidence: s.evidence,
      path,
    });
  }

  // --- evidence ------------------------------------------------------------------------------
  const plannedEvidence: PlannedEvidence[] = [];
  const seenEvidence = new Map<string, DataPath>();
  for (const t of targets) {
    let supported = false;
    t.evidence.forEach((entry, i) => {
      const path: DataPath = [...t.path, 'evidence', i];
      const ev = resolveEvidence(entry, doc.defaults, doc.defaultsValid, path, problem);
      if (ev.stance === 'supports') supported = true;
      checkAttributedTo([...path, 'attributedTo'], entry.attributedTo);

      if (ev.statedValue !== undefined) {
        if (t.type !== 'Statistic') {
          problem(
            [...path, 'statedValue'],
            `statedValue is the figure a source gives for a Statistic; ${t.key.id} is ${/^[AEIOU]/.test(t.type) ? 'an' : 'a'} ${t.type}`,
          );
        } else if (ev.stance !== 'disputes') {
          problem(
            [...path, 'statedValue'],
            'a source that gives a different figure disputes the statistic: add "stance: disputes" (docs/evidence.md)',
          );
        } else if (same(ev.statedValue, t.value)) {
          problem(
            [...path, 'statedValue'],
            `${t.key.id} already has the value ${String(t.value)}: this source agrees; drop statedValue and the dispute`,
          );
        }
      }

      if (!index) return;
      const found = index.find(entry, textName);
      if ('problem' in found) {
        problem([...path, 'excerpt'], found.problem);
        return;
      }
      const id = evidenceId(t.key.id, sourceId, found.span.start, found.span.end);
      const twice = seenEvidence.get(id);
      if (twice) {
        problem(path, `this evidence (the same excerpt at the same place for ${t.key.id}) is given twice`);
        return;
      }
      seenEvidence.set(id, path);
      const properties: JsonProperties = {
        id,
        factId: t.key.id,
        factKind: t.kind,
        factType: t.type,
        ...definedOnly([
          ['factFrom', t.key.from ?? undefined],
          ['factTo', t.key.to ?? undefined],
        ]),
        sourceId,
        excerpt: entry.excerpt,
        textStart: found.span.start,
        textEnd: found.span.end,
        ...definedOnly([
          ['attribution', ev.attribution],
          ['attributedTo', ev.attributedTo],
          ['confidence', ev.confidence],
          ['status', ev.status],
          ['stance', ev.stance],
          ['statedValue', ev.statedValue],
          ['note', entry.note],
          ['derivation', entry.derivation],
        ]),
        recordedBy: options.recordedBy,
      };
      const stored = lookups.evidence.get(id);
      let state: EvidenceState = 'new';
      if (stored) {
        if (stored.recordedBy !== options.recordedBy) {
          state = 'kept';
          warn(
            path,
            `${id} was recorded by ${String(stored.recordedBy ?? 'another writer')}, not by this file; it is left as it is`,
          );
        } else {
          const { recordedAt: _, ...rest } = stored;
          const keys = new Set([...Object.keys(rest), ...Object.keys(properties)]);
          state = [...keys].every((k) => same(properties[k], rest[k])) ? 'unchanged' : 'changed';
        }
      }
      plannedEvidence.push({ id, fact: t.key, factType: t.type, factIsNew: t.isNew, properties, state, path });
    });
    if (t.isNew && !supported && t.evidence.length > 0) {
      problem(
        t.path,
        `${t.key.id} is a new fact, but none of its evidence supports it: a source cannot introduce a fact only to dispute it`,
      );
    }
  }

  if (!plannedSource && options.source) {
    plannedSource = {
      id: options.source.id,
      properties: { id: options.source.id },
      exists: true,
      linkPublisher: false,
    };
  }
  if (problems.length > 0 || !plannedSource) return { problems, warnings };

  const planned = new Set(plannedEvidence.map((e) => e.id));
  const leftOver = [...lookups.evidence.entries()]
    .filter(([id, e]) => e.recordedBy === options.recordedBy && !planned.has(id))
    .map(([id]) => id)
    .sort();
  if (leftOver.length) {
    warn(
      [],
      `${leftOver.length} evidence record${leftOver.length === 1 ? '' : 's'} this file wrote before ${leftOver.length === 1 ? 'is' : 'are'} no longer in it; ` +
        `left as ${leftOver.length === 1 ? 'it is' : 'they are'}: ${leftOver.slice(0, 5).join(', ')}${leftOver.length > 5 ? ', …' : ''}`,
    );
  }

  const touched = new Map<string, FactKey>();
  for (const e of plannedEvidence) if (e.state === 'new' || e.state === 'changed') touched.set(e.fact.id, e.fact);

  return {
    problems,
    warnings,
    plan: {
      sourceId,
      recordedBy: options.recordedBy,
      source: plannedSource,
      entities: plannedEntities,
      relationships: plannedRelationships,
      evidence: plannedEvidence,
      touchedFacts: [...touched.values()],
      leftOver,
    },
  };
}

interface ResolvedEvidence {
  attribution?: string;
  attributedTo?: string;
  confidence?: number;
  status?: string;
  stance?: string;
  statedValue?: number;
}

/** An entry with the file's defaults filled in; what is still missing is a problem. */
function resolveEvidence(
  entry: EvidenceEntry,
  defaults: Defaults,
  defaultsValid: boolean,
  path: DataPath,
  problem: (path: DataPath, message: string) => void,
): ResolvedEvidence {
  const ev: ResolvedEvidence = {
    attribution: entry.attribution ?? defaults.attribution,
    attributedTo: entry.attributedTo ?? defaults.attributedTo,
    confidence: entry.confidence ?? defaults.confidence,
    status: entry.status ?? defaults.status,
    stance: entry.stance ?? defaults.stance ?? 'supports',
    statedValue: entry.statedValue,
  };
  if (defaultsValid) {
    for (const key of ['attribution', 'attributedTo', 'confidence', 'status'] as const) {
      if (ev[key] === undefined) {
        problem(path, `this evidence has no ${key}: give it here, or once for the whole file under defaults`);
      }
    }
  }
  if (ev.attribution !== undefined && ev.attribution !== OWN_REPORTING && ev.status === 'asserted') {
    problem(
      [...path, entry.status !== undefined ? 'status' : 'attribution'],
      `evidence attributed to someone other than the source itself (attribution ${ev.attribution}) is never "asserted": ` +
        'the source relays it; use reported, alleged, implied or denied (docs/ontology.md)',
    );
  }
  return ev;
}
