/**
 * The evidence vocabularies of docs/ontology.md and docs/evidence.md, in one place: the API's
 * filters, the ingest validator and the tests all check against these lists.
 */

/** Who a source attributes a fact to. */
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

/** How a source presents a fact (epistemic status, not the fact's lifecycle). */
export const STATUSES = ['asserted', 'reported', 'alleged', 'implied', 'denied', 'planned'] as const;

/** Whether an evidence record supports or disputes its fact. */
export const STANCES = ['supports', 'disputes'] as const;

export type Attribution = (typeof ATTRIBUTIONS)[number];
export type Status = (typeof STATUSES)[number];
export type Stance = (typeof STANCES)[number];
