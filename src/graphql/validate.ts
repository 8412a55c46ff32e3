/**
 * Argument checks made before any query runs: a client mistake is a
 * BAD_USER_INPUT naming the argument, never a database error.
 */
import neo4j from 'neo4j-driver';
import { badInput } from '../errors';
import { ATTRIBUTIONS, EVIDENCE_STATUSES as STATUSES } from '../ontology/vocabulary';
import { CONFIDENCE, IntRange, LIMITS } from '../shared/limits';

type CypherDate = InstanceType<typeof neo4j.types.Date>;

/** A YYYY-MM-DD string (already checked by the Date scalar) as a Cypher DATE parameter. */
export function cypherDate(value: string): CypherDate {
  const [y, m, d] = value.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/** A whole-number argument within one of the API's ranges (src/shared/limits.ts). */
export function intInRange(name: string, value: number | null | undefined, range: IntRange): number {
  const { min, max } = range;
  const v = value ?? range.default;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw badInput(`${name} must be a whole number from ${min} to ${max} (got ${v}).`, name);
  }
  return v;
}

export function confidence(name: string, value: number | null | undefined): number {
  const v = value ?? CONFIDENCE.min;
  if (!Number.isFinite(v) || v < CONFIDENCE.min || v > CONFIDENCE.max)
    throw badInput(`${name} must be between ${CONFIDENCE.min} and ${CONFIDENCE.max} (got ${v}).`, name);
  return v;
}

const IDENT = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Relationship types and labels are matched as values, never spliced into Cypher; still, reject junk early. */
export function names(name: string, values: readonly string[] | null | undefined): string[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw badInput(`${name} must not be an empty list (omit it to mean "all").`, name);
  if (values.length > 50) throw badInput(`${name} takes at most 50 names.`, name);
  for (const v of values) {
    if (!IDENT.test(v)) throw badInput(`${name} holds "${v}", which is not a type name (letters, digits, _).`, name);
  }
  return [...values];
}

export function id(name: string, value: string): string {
  if (value.trim() === '' || value.length > 200)
    throw badInput(`${name} must be a non-empty id of at most 200 characters.`, name);
  return value;
}

export interface TimeFilterInput {
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
}

/** A window [from, to] (either end open); asOf is the window of one day. */
export function timeWindow(
  name: string,
  t: TimeFilterInput | null | undefined,
): { from: CypherDate | null; to: CypherDate | null } {
  if (!t) return { from: null, to: null };
  if (t.asOf && (t.from || t.to)) throw badInput(`${name}: give asOf or a from/to window, not both.`, name);
  if (t.asOf) return { from: cypherDate(t.asOf), to: cypherDate(t.asOf) };
  if (t.from && t.to && t.from > t.to) throw badInput(`${name}: from (${t.from}) is after to (${t.to}).`, name);
  return { from: t.from ? cypherDate(t.from) : null, to: t.to ? cypherDate(t.to) : null };
}

/** Relay cursors here are opaque offsets. */
export function decodeCursor(name: string, cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const m = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw badInput(`${name} is not a cursor this API issued.`, name);
  return Number(m[1]) + 1;
}

export const encodeCursor = (offset: number): string => Buffer.from(`offset:${offset}`, 'utf8').toString('base64');

export interface ProvenanceFilterInput {
  minSources?: number | null;
  attributions?: string[] | null;
  statuses?: string[] | null;
  disputed?: boolean | null;
  minConfidence?: number | null;
}

/** The Cypher parameters of the provenance filter (every named query that takes it uses these four). */
export interface ProvenanceParams {
  minSources: number | null;
  attributions: string[] | null;
  statuses: string[] | null;
  disputed: boolean | null;
}

function vocabulary(name: string, values: string[] | null | undefined, allowed: readonly string[]): string[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw badInput(`${name} must not be an empty list (omit it to mean "any").`, name);
  const unknown = values.filter((x) => !allowed.includes(x));
  if (unknown.length) {
    throw badInput(`${name}: ${unknown.map((x) => `"${x}"`).join(', ')} not known; use ${allowed.join(', ')}.`, name);
  }
  return [...new Set(values)];
}

/**
 * The filter's minimum aggregate confidence (0 when absent). Kept apart from the four
 * summary parameters because neighbourhood and linkagePaths take a minConfidence of
 * their own: there the stricter of the two applies.
 */
export function provenanceConfidence(name: string, f: ProvenanceFilterInput | null | undefined): number {
  return confidence(`${name}.minConfidence`, f?.minConfidence);
}

/** A provenance filter checked against the evidence vocabularies; absent parts match anything. */
export function provenance(name: string, f: ProvenanceFilterInput | null | undefined): ProvenanceParams {
  return {
    minSources:
      f?.minSources === null || f?.minSources === undefined
        ? null
        : intInRange(`${name}.minSources`, f.minSources, LIMITS.minSources),
    attributions: vocabulary(`${name}.attributions`, f?.attributions, ATTRIBUTIONS),
    statuses: vocabulary(`${name}.statuses`, f?.statuses, STATUSES),
    disputed: f?.disputed ?? null,
  };
}
