/**
 * The controlled vocabularies of docs/ontology.md and docs/evidence.md that input is
 * checked against (npm run ingest; later the curation API). The lists of entity labels
 * and relationship types are in src/load/format.ts; this module adds what an evidence
 * record and a dated fact need, so that no second copy of either exists in code.
 */
import { EntityLabel } from './labels';

/** Who the source says a fact comes from (docs/ontology.md, "Controlled vocabularies"). */
export const ATTRIBUTIONS = [
  'reporting',
  'named-person',
  'unnamed-officials',
  'unnamed-others',
  'cited-outlet',
  'official-data',
  'preliminary-data',
  'caption',
  'document',
] as const;

/** How the source presents a fact (docs/evidence.md, evidence record properties). */
export const EVIDENCE_STATUSES = ['asserted', 'reported', 'alleged', 'implied', 'denied'] as const;

/** Whether an evidence record supports or disputes its fact. */
export const STANCES = ['supports', 'disputes'] as const;

/** How wide the unit of a stored date is; a date is the first day of its unit (docs/ontology.md, "Time"). */
export const PRECISIONS = ['day', 'week', 'month', 'year', 'decade'] as const;

/** The attribution of a source's own reporting: the only one whose evidence may be `asserted`. */
export const OWN_REPORTING = 'reporting';

/** The `<kind>` an entity id starts with, per label (`person:lopez-obrador`, `stat:2021-03-…`). */
export const ENTITY_ID_PREFIX: Record<EntityLabel, string> = {
  Person: 'person',
  Organization: 'org',
  Country: 'country',
  Place: 'place',
  Office: 'office',
  Issue: 'issue',
  Policy: 'policy',
  Event: 'event',
  Situation: 'situation',
  Statistic: 'stat',
  Quote: 'quote',
  Claim: 'claim',
  Exchange: 'exchange',
  Concession: 'concession',
  Coercion: 'coercion',
  IssueLinkage: 'linkage',
};

export type Attribution = (typeof ATTRIBUTIONS)[number];
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];
export type Stance = (typeof STANCES)[number];
export type Precision = (typeof PRECISIONS)[number];
