/**
 * Argument checks made before any query runs: a client mistake is a
 * BAD_USER_INPUT naming the argument, never a database error.
 */
import neo4j from 'neo4j-driver';
import type { CypherDate, ProvenanceParams } from '../db/queries/common';
import { badInput } from '../errors';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../ontology/labels';
import { ATTRIBUTIONS, EVIDENCE_STATUSES as STATUSES } from '../ontology/vocabulary';
import { parseDateInput } from '../shared/dates';
import { CONFIDENCE, IntRange, ARGUMENT_RANGES } from '../shared/limits';
import type { EntityKind, ProvenanceFilter, RelationshipType, TimeFilter } from './generated/types';

/** A checked YYYY-MM-DD string as a Cypher DATE parameter. */
export function cypherDate(value: string): CypherDate {
  const [y, m, d] = value.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/**
 * A date argument. The Date scalar takes any string in (src/graphql/scalars.ts) so that
 * a bad one is reported here, naming the argument and the forms it takes.
 */
export function date(name: string, value: string): CypherDate {
  const span = parseDateInput(value, false);
  if (!span) throw badInput(`${name}: "${value}" is not a date; write YYYY-MM-DD (e.g. 2019-06-01).`, name);
  return cypherDate(span.first);
}

/** One end of a window: YYYY-MM-DD, or a whole month (YYYY-MM) or year (YYYY). */
function windowEnd(name: string, value: string, end: 'first' | 'last'): string {
  const span = parseDateInput(value, true);
  if (!span) {
    throw badInput(
      `${name}: "${value}" is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY for a whole month or year (e.g. 2019-06-01, 2019-06, 2019).`,
      name,
    );
  }
  return span[end];
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

/**
 * Names from a fixed list (entity kinds, relationship types): an unknown one is a
 * BAD_USER_INPUT listing the valid names, with the likely one when only the case
 * differs ("holds_office" → HOLDS_OFFICE, "person" → Person).
 */
function fromList<T extends string>(
  name: string,
  values: readonly string[],
  allowed: readonly T[],
  what: string,
  typeName: string,
): T[] {
  if (values.length === 0) throw badInput(`${name} must not be an empty list (omit it to mean "all").`, name);
  if (values.length > 50) throw badInput(`${name} takes at most 50 names.`, name);
  for (const value of values) {
    if ((allowed as readonly string[]).includes(value)) continue;
    const likely =
      allowed.find((a) => a.toLowerCase() === value.toLowerCase().replace(/[\s-]/g, '_')) ??
      allowed.find((a) => a.replace(/_/g, '').toLowerCase() === value.replace(/[\s_-]/g, '').toLowerCase());
    throw badInput(
      `${name}: "${value}" is not ${what}${likely ? ` (did you mean ${likely}?)` : ''}; the ${typeName} values are ${allowed.join(', ')}.`,
      name,
    );
  }
  return [...new Set(values)] as T[];
}

/** Entity kinds (search's types): EntityKind's names. */
export function entityKinds(name: string, values: readonly string[] | null | undefined): EntityKind[] | null {
  if (values === null || values === undefined) return null;
  return fromList(name, values, ENTITY_LABELS, 'an entity kind', 'EntityKind');
}

/** Relationship types to follow or avoid: RelationshipType's names. */
export function relationshipTypes(
  name: string,
  values: readonly string[] | null | undefined,
): RelationshipType[] | null {
  if (values === null || values === undefined) return null;
  return fromList(name, values, RELATIONSHIP_TYPES, 'a relationship type', 'RelationshipType');
}

/** One relationship type (Entity.relationships). */
export function relationshipType(name: string, value: string): RelationshipType {
  return fromList(name, [value], RELATIONSHIP_TYPES, 'a relationship type', 'RelationshipType')[0]!;
}

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

export type TimeFilterInput = TimeFilter;

/**
 * A window [from, to] (either end open); asOf is the window of one day. A window's
 * ends may be whole months or years: from 2019-06 is from 1 June, to 2019 until 31 December.
 */
export function timeWindow(
  name: string,
  t: TimeFilterInput | null | undefined,
): { from: CypherDate | null; to: CypherDate | null } {
  if (!t) return { from: null, to: null };
  if (t.asOf && (t.from || t.to)) throw badInput(`${name}: give asOf or a from/to window, not both.`, name);
  if (t.asOf) {
    const day = date(`${name}.asOf`, t.asOf);
    return { from: day, to: day };
  }
  const from = t.from ? windowEnd(`${name}.from`, t.from, 'first') : null;
  const to = t.to ? windowEnd(`${name}.to`, t.to, 'last') : null;
  if (from && to && from > to) throw badInput(`${name}: from (${t.from}) is after to (${t.to}).`, name);
  return { from: from ? cypherDate(from) : null, to: to ? cypherDate(to) : null };
}

/** Relay cursors here are opaque offsets. */
export function decodeCursor(name: string, cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const m = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!m) throw badInput(`${name} is not a cursor this API issued.`, name);
  return Number(m[1]) + 1;
}

export const encodeCursor = (offset: number): string => Buffer.from(`offset:${offset}`, 'utf8').toString('base64');

export type ProvenanceFilterInput = ProvenanceFilter;

export type { ProvenanceParams };

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
        : intInRange(`${name}.minSources`, f.minSources, ARGUMENT_RANGES.minSources),
    attributions: vocabulary(`${name}.attributions`, f?.attributions, ATTRIBUTIONS),
    statuses: vocabulary(`${name}.statuses`, f?.statuses, STATUSES),
    disputed: f?.disputed ?? null,
  };
}
