/**
 * The evidence summaries of a fact (docs/evidence.md, "Summaries on every fact") computed from
 * its evidence records in the loader, for facts that have no evidence in the database yet: then
 * the batch holds all of the fact's evidence, and the summaries can be written with the fact
 * itself instead of being re-read and re-written by cypher/queries/evidence/refresh-summaries.cypher
 * (the bulk loader's main cost otherwise; see docs/evidence.md, "The bulk loader").
 *
 * The rule is the one refresh-summaries.cypher applies, step for step (per source the strongest
 * supporting and disputing record; noisy-OR; rounded to 4 decimals, halves up); the loader test
 * (test/scale/loader.int.test.ts) recomputes every loaded fact with the Cypher and compares.
 */
import type { EvidenceRecordBody } from './evidence';

export interface EvidenceSummary {
  evidenceCount: number;
  sourceCount: number;
  confidence: number;
  disputed: boolean;
  attributions: string[];
  statuses: string[];
}

type Counted = Pick<EvidenceRecordBody, 'sourceId' | 'stance' | 'confidence' | 'attribution' | 'status'>;

/**
 * Cypher's round(x, 4): half up, applied to the shortest decimal form of the double (Java's
 * BigDecimal.valueOf), not to its binary value: round(0.12345, 4) = 0.1235 although the double
 * 0.12345 is slightly below it.
 */
export function round4(x: number): number {
  const text = String(Math.abs(x));
  if (text.includes('e')) return Math.abs(x) < 1 ? 0 : x; // below 1e-6: 0 at four decimals
  const [whole, fraction = ''] = text.split('.');
  const digits = (fraction + '00000').slice(0, 5);
  const scaled = Number(whole) * 1e4 + Number(digits.slice(0, 4)) + (Number(digits[4]) >= 5 ? 1 : 0);
  return (Math.sign(x) || 1) * (scaled / 1e4);
}

const sorted = (values: Iterable<string>): string[] =>
  [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** The summaries of a fact with exactly these (distinct, active) evidence records. */
export function summarise(records: readonly Counted[]): EvidenceSummary {
  const support = new Map<string, number>();
  const against = new Map<string, number>();
  for (const r of records) {
    const best = r.stance === 'supports' ? support : against;
    best.set(r.sourceId, Math.max(best.get(r.sourceId) ?? 0, r.confidence));
  }
  let unsupported = 1.0;
  for (const c of support.values()) unsupported *= 1 - c;
  let undisputed = 1.0;
  for (const d of against.values()) undisputed *= 1 - d;
  return {
    evidenceCount: records.length,
    sourceCount: new Set(records.map((r) => r.sourceId)).size,
    confidence: round4((1.0 - unsupported) * undisputed),
    disputed: against.size > 0,
    attributions: sorted(records.map((r) => r.attribution)),
    statuses: sorted(records.map((r) => r.status)),
  };
}
