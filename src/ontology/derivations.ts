/**
 * How derived values were derived: the short keys the graph stores in `timeDerivation` and
 * `accessDerivation`, and the full sentence each stands for (docs/ontology.md, Derivation keys).
 * The data-fidelity rule "derived values say how" holds through the key: every element with
 * derived values carries one, and this map explains it. The API answers both (`timeDerivation
 * { key description }`), the explorer shows the sentence beside a derived period.
 *
 * Who writes the keys: cypher/queries/time/bounds.cypher (and its TypeScript mirror for the bulk
 * path, src/load/time-bounds.ts) and cypher/queries/access/refresh.cypher. test/unit/derivations.test.ts
 * checks that every key those files write is here, and that every key here is written by one.
 *
 * Pure data: the explorer bundles this module too (src/web/explorer/tsconfig.json).
 */

/** Which dates `timeStart`/`timeEnd` came from (cypher/queries/time/bounds.cypher). */
export const TIME_DERIVATIONS = {
  date:
    'timeStart is the date; timeEnd is the last day of its precision unit (a month-precision date ends on the ' +
    "month's last day, a decade on the decade's last day).",
  validity:
    "timeStart is validFrom, else knownFrom (none when neither is given); timeEnd is the last day of validTo's " +
    'precision unit: the source states when it ended.',
  'known-range':
    "timeStart is validFrom, else knownFrom; timeEnd is the last day of knownTo's precision unit: the source " +
    'gives no stated end (validTo) but shows it holding up to knownTo and no longer after (openEnded = false).',
  open:
    'timeStart is validFrom, else knownFrom; no timeEnd: the source gives no end (no validTo, and the state is ' +
    'open-ended or not said to have ended), so the element passes every later date.',
} as const;

/** How the access paths were derived (cypher/queries/access/refresh.cypher). */
export const ACCESS_DERIVATIONS = {
  'access-paths':
    'sideOf, participantSides, giverSides, partsStart/partsEnd and ownerSides are derived from the graph by ' +
    'cypher/queries/access/refresh.cypher (docs/ontology.md, Access paths): bookkeeping for the research ' +
    'queries that no source states.',
} as const;

export type TimeDerivationKey = keyof typeof TIME_DERIVATIONS;
export type AccessDerivationKey = keyof typeof ACCESS_DERIVATIONS;
export type DerivationKey = TimeDerivationKey | AccessDerivationKey;

/** Every derivation key and its sentence. */
export const DERIVATIONS: Readonly<Record<DerivationKey, string>> = { ...TIME_DERIVATIONS, ...ACCESS_DERIVATIONS };

/** The properties that hold a derivation key: bookkeeping, not facts (never input, hidden in property lists). */
export const DERIVATION_PROPERTIES = ['timeDerivation', 'accessDerivation'] as const;

export interface Derivation {
  key: string;
  description: string;
}

/** A stored derivation key with its sentence; null when there is none. An unknown key says so rather than vanish. */
export function describeDerivation(key: unknown): Derivation | null {
  if (typeof key !== 'string' || key === '') return null;
  const description = (DERIVATIONS as Record<string, string>)[key];
  return { key, description: description ?? `unknown derivation key "${key}" (see docs/ontology.md)` };
}
