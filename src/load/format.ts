/**
 * The JSON Lines format of a corpus in the ontology's shape (docs/ontology.md), shared by
 * the synthetic generator (src/corpus/generate.ts) and the bulk loader (src/load/online.ts).
 *
 * One JSON object per line:
 *   node          {"label": "Person", "properties": {"id": "person:x", "name": "…", …}}
 *   relationship  {"type": "PARTICIPATED_IN", "from": "person:x", "to": "event:y",
 *                  "properties": {"id": "PARTICIPATED_IN|person:x|event:y|actor", "role": "actor", …}}
 *   evidence      {"evidence": {"factId": "person:x", "factKind": "node", "factType": "Person",
 *                  "sourceId": "source:a", "excerpt": "…", "textStart": 120, "textEnd": 161,
 *                  "attribution": "reporting", "attributedTo": "org:a", "confidence": 1,
 *                  "status": "asserted", "stance": "supports"}}          (src/load/evidence.ts)
 *
 * Facts (entities and relationships) carry no provenance: what a source says about a fact is
 * an evidence record of its own (docs/evidence.md), usually on the lines right after the fact.
 * The summaries on facts (sourceCount, evidenceCount, confidence, …) are derived by the loader
 * from the evidence records; a fact record giving provenance or summary properties is refused.
 *
 * JSON has no date and no integer/float distinction, so two conventions apply:
 *   - the ontology's date properties (DATE_PROPERTIES) are ISO strings "YYYY-MM-DD" and are
 *     stored as Neo4j dates;
 *   - whole numbers are stored as integers (an evidence record's confidence is always a float).
 * timeStart/timeEnd/timeDerivation are derived by the loader (same rules as
 * cypher/queries/time/bounds.cypher); values for them in the input are ignored.
 */
import neo4j from 'neo4j-driver';
import { ACCESS_PATH_PROPERTIES } from '../ontology/access-paths';
import {
  DATE_PROPERTIES,
  ENTITY_LABELS,
  NodeLabel,
  RELATIONSHIP_TYPES,
  RelationshipType,
  SOURCE_LABEL,
  METADATA_RELATIONSHIP_TYPES,
} from '../ontology/labels';
import { describeIssue, evidenceSchema, EvidenceRecordBody } from './evidence';

/** Property values as JSON carries them (dates still ISO strings). */
export type JsonValue = string | number | boolean | string[] | number[] | boolean[];
export type JsonProperties = Record<string, JsonValue>;

export interface NodeRecord {
  label: NodeLabel;
  properties: JsonProperties & { id: string };
}

export interface RelationshipRecord {
  type: RelationshipType;
  from: string;
  to: string;
  properties: JsonProperties & { id: string };
}

export interface EvidenceRecord {
  evidence: EvidenceRecordBody;
}

export type CorpusRecord = NodeRecord | RelationshipRecord | EvidenceRecord;

/** Derived by the loader; never taken from input. */
export const DERIVED_PROPERTIES = new Set(['timeStart', 'timeEnd', 'timeDerivation', ...ACCESS_PATH_PROPERTIES]);
/** What a source says about a fact: only in evidence records, never on the fact. */
export const PROVENANCE_PROPERTIES = new Set(['sourceId', 'excerpt', 'attribution', 'attributedTo', 'status']);
/** The evidence summaries on a fact (docs/evidence.md): derived by the loader from the evidence. */
export const SUMMARY_PROPERTIES = new Set([
  'sourceCount',
  'evidenceCount',
  'confidence',
  'disputed',
  'attributions',
  'statuses',
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LABELS = new Set<string>([...ENTITY_LABELS, SOURCE_LABEL]);
const TYPES = new Set<string>(RELATIONSHIP_TYPES);

/** A record the loader cannot use; the loader adds the file and line. */
export class RecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function checkId(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new RecordError(`${what} must be a non-empty string (got ${JSON.stringify(value)})`);
  }
  return value;
}

function checkProperties(value: unknown): JsonProperties & { id: string } {
  if (!isObject(value)) throw new RecordError('"properties" must be an object');
  checkId(value.id, '"properties.id"');
  for (const [key, v] of Object.entries(value)) {
    if (PROVENANCE_PROPERTIES.has(key)) {
      throw new RecordError(
        `property "${key}" is provenance, which facts do not carry: put it in an evidence record ` +
          '({"evidence": {"factId": …, "sourceId": …, "excerpt": …}}, docs/evidence.md)',
      );
    }
    if (SUMMARY_PROPERTIES.has(key)) {
      throw new RecordError(
        `property "${key}" is an evidence summary, which the loader derives from the evidence records; remove it`,
      );
    }
    const ok =
      typeof v === 'string' ||
      typeof v === 'boolean' ||
      (typeof v === 'number' && Number.isFinite(v)) ||
      (Array.isArray(v) &&
        (v.every((x) => typeof x === 'string') ||
          v.every((x) => typeof x === 'number' && Number.isFinite(x)) ||
          v.every((x) => typeof x === 'boolean')));
    if (!ok) {
      throw new RecordError(
        `property "${key}" must be a string, number, boolean or a list of one of those (Neo4j stores no nested objects or nulls)`,
      );
    }
    if (DATE_PROPERTIES.has(key) && (typeof v !== 'string' || !ISO_DATE.test(v))) {
      throw new RecordError(`property "${key}" must be a date written YYYY-MM-DD (got ${JSON.stringify(v)})`);
    }
  }
  return value as JsonProperties & { id: string };
}

/** Parse and check one line. Throws RecordError saying what is wrong with it. */
export function parseRecord(line: string): CorpusRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new RecordError(`not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(value)) throw new RecordError('a record must be a JSON object');
  if ('label' in value) {
    if (typeof value.label !== 'string' || !LABELS.has(value.label)) {
      throw new RecordError(
        `unknown node label ${JSON.stringify(value.label)}; expected one of ${[...LABELS].join(', ')} (docs/ontology.md)`,
      );
    }
    return { label: value.label as NodeLabel, properties: checkProperties(value.properties) };
  }
  if ('type' in value) {
    if (typeof value.type !== 'string' || !TYPES.has(value.type)) {
      throw new RecordError(
        `unknown relationship type ${JSON.stringify(value.type)}; expected one of ${RELATIONSHIP_TYPES.join(', ')} (docs/ontology.md)`,
      );
    }
    return {
      type: value.type as RelationshipType,
      from: checkId(value.from, '"from"'),
      to: checkId(value.to, '"to"'),
      properties: checkProperties(value.properties),
    };
  }
  if ('evidence' in value) {
    const parsed = EVIDENCE_SCHEMA.safeParse(value.evidence);
    if (!parsed.success) throw new RecordError(describeIssue(parsed.error));
    return { evidence: parsed.data };
  }
  throw new RecordError('a record needs "label" (a node), "type" (a relationship) or "evidence" (an evidence record)');
}

const EVIDENCE_SCHEMA = evidenceSchema({
  node: ENTITY_LABELS,
  relationship: RELATIONSHIP_TYPES.filter((t) => !METADATA_RELATIONSHIP_TYPES.has(t)),
});

export const isNodeRecord = (r: CorpusRecord): r is NodeRecord => 'label' in r;
export const isRelationshipRecord = (r: CorpusRecord): r is RelationshipRecord => 'type' in r;
export const isEvidenceRecord = (r: CorpusRecord): r is EvidenceRecord => 'evidence' in r;

/** JSON property values as Cypher parameters: ISO dates to Neo4j dates, whole numbers to integers. */
export function toCypherProperties(props: JsonProperties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(props)) {
    if (DERIVED_PROPERTIES.has(key)) continue;
    if (DATE_PROPERTIES.has(key)) {
      const m = ISO_DATE.exec(v as string)!;
      out[key] = new neo4j.types.Date(Number(m[1]), Number(m[2]), Number(m[3]));
    } else if (typeof v === 'number' && Number.isInteger(v)) {
      out[key] = neo4j.int(v);
    } else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'number' && Number.isInteger(x))) {
      out[key] = (v as number[]).map((x) => neo4j.int(x));
    } else {
      out[key] = v;
    }
  }
  return out;
}

/**
 * An evidence record as Cypher parameters: its id (src/load/evidence.ts, evidenceId), the
 * fact it is about, and the properties stored on the :Evidence node (offsets as integers;
 * confidence, a JS number, reaches Neo4j as a float).
 */
export function toCypherEvidence(
  e: EvidenceRecordBody,
  id: string,
  recordedBy: string,
): { id: string; props: Record<string, unknown> } {
  const props: Record<string, unknown> = { ...e, recordedBy };
  if (e.textStart !== undefined) props.textStart = neo4j.int(e.textStart);
  if (e.textEnd !== undefined) props.textEnd = neo4j.int(e.textEnd);
  if (typeof e.statedValue === 'number' && Number.isInteger(e.statedValue))
    props.statedValue = neo4j.int(e.statedValue);
  return { id, props };
}
