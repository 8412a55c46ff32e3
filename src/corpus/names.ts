/**
 * Ids and made-up names of the synthetic corpus, derived from indexes alone (never from the
 * random stream), so the generator keeps no table of them and memory stays bounded by the actor
 * count. Names are deliberately fictional (src/corpus/vocabulary.ts).
 */
import { RelationshipType } from '../ontology/labels';
import * as vocab from './vocabulary';

/** A 32-bit integer hash (splitmix-style finaliser): names derived from an index, independent of the RNG stream. */
export function hash(i: number, salt: number): number {
  let h = (i * 0x9e3779b1 + salt * 0x85ebca77) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The k-th syllable picked by a hash (its base-20 digits). */
export const syl = (h: number, k: number): string =>
  vocab.SYLLABLES[Math.floor(h / vocab.SYLLABLES.length ** k) % vocab.SYLLABLES.length]!;

const pad = (n: number, width = 6): string => String(n).padStart(width, '0');

export function countryName(c: number): string {
  // Index digits in base 20 pick the syllables, so the first 8000 names are distinct.
  const n = vocab.SYLLABLES.length;
  const a = vocab.SYLLABLES[c % n]!;
  const b = vocab.SYLLABLES[Math.floor(c / n) % n]!;
  const d = vocab.SYLLABLES[Math.floor(c / (n * n)) % n]!;
  return cap(a + b + (c >= n * n ? d : '') + vocab.COUNTRY_SUFFIXES[hash(c, 7) % vocab.COUNTRY_SUFFIXES.length]!);
}

export function personName(p: number): string {
  const h = hash(p, 11);
  const given = vocab.GIVEN_NAMES[h % vocab.GIVEN_NAMES.length]!;
  const h2 = hash(p, 13);
  return `${given} ${cap(syl(h2, 0) + syl(h2, 1) + syl(h2, 2))}`;
}

/** Issues: the top-level ones, then the sub-issues (each PART_OF the issue at its position modulo ISSUES.length). */
export const ISSUE_COUNT = vocab.ISSUES.length + vocab.SUB_ISSUES.length;
export const issueName = (i: number): string => [...vocab.ISSUES, ...vocab.SUB_ISSUES][i]!;

/** How many places a country has: the first twenty get every kind, the rest a capital and one more. */
export const placeCount = (c: number): number => (c < 20 ? vocab.PLACE_KINDS.length : 2);

export const ids = {
  source: (i: number) => `source:syn-${pad(i)}`,
  country: (c: number) => `country:syn-${pad(c, 3)}`,
  person: (p: number) => `person:syn-${pad(p)}`,
  org: (o: number) => `org:syn-${pad(o)}`,
  place: (c: number, k: number) => `place:syn-${pad(c, 3)}-${k}`,
  office: (c: number, k: number) => `office:syn-${pad(c, 3)}-${k}`,
  issue: (i: number) => `issue:syn-${pad(i, 2)}`,
  policy: (i: number) => `policy:syn-${pad(i)}`,
  event: (i: number) => `event:syn-${pad(i, 7)}`,
  situation: (i: number) => `situation:syn-${pad(i)}`,
  statistic: (i: number) => `stat:syn-${pad(i)}`,
  quote: (i: number) => `quote:syn-${pad(i)}`,
  claim: (i: number) => `claim:syn-${pad(i)}`,
  exchange: (i: number) => `exchange:syn-${pad(i)}`,
  concession: (i: number, k: number) => `concession:syn-${pad(i)}-${k}`,
  coercion: (i: number) => `coercion:syn-${pad(i)}`,
  linkage: (i: number) => `linkage:syn-${pad(i)}`,
  /** The wire service that publishes every synthetic source. */
  wire: 'org:syn-wire',
};

/** A relationship's id: its type, its ends, and what tells it apart from others of its type between them. */
export const relId = (type: RelationshipType, from: string, to: string, key?: string): string =>
  key ? `${type}|${from}|${to}|${key}` : `${type}|${from}|${to}`;
