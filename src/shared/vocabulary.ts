/**
 * Relationship types in plain language: "took part in" for PARTICIPATED_IN. The API's
 * hop sentences and the explorer's edge labels both read them from here.
 */

export const RELATIONSHIP_PHRASES: Readonly<Record<string, string>> = {
  PARTICIPATED_IN: 'took part in',
  CONCERNS: 'concerns',
  SAID_BY: 'was said by',
  LINKS: 'links',
  PART_OF: 'is part of',
  HAS_PART: 'has as a part',
  POLICY_OF: 'is a policy of',
  LOCATED_IN: 'is located in',
  OCCURRED_AT: 'took place at',
  HOLDS_OFFICE: 'held the office of',
  OFFICE_OF: 'is an office of',
  HAS_CONCESSION: 'includes the concession',
  GIVEN_BY: 'was given by',
  GIVEN_TO: 'was given to',
  RESPONDS_TO: 'responds to',
  OBSERVED_AT: 'was observed at',
  CLAIMED_BY: 'was claimed by',
  REPORTED_BY: 'was reported by',
  PLAYED_ROLE: 'played a role in',
  REALISED_BY: 'was realised by',
  LEADS: 'leads',
  MEASURES: 'measures',
  MEMBER_OF: 'is a member of',
  AFFILIATED_WITH: 'is affiliated with',
  FOLLOWS: 'follows',
  PUBLISHED_BY: 'was published by',
  ACTS_ON: 'acts on',
};

/**
 * The phrase for one relationship. ACTS_ON says what the event did to the policy
 * (its `action`, e.g. "agreed to expand"); a type not listed reads as its words.
 */
export function relationshipPhrase(type: string, action?: unknown): string {
  if (type === 'ACTS_ON' && typeof action === 'string') return action.replace(/-/g, ' ');
  return RELATIONSHIP_PHRASES[type] ?? type.toLowerCase().replace(/_/g, ' ');
}
