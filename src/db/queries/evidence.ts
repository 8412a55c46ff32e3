/** cypher/queries/evidence/: evidence records of facts, and their summaries. */
import { defineQuery } from '../query';
import { FactKey, Ids, StoredProps } from './common';

export const byFacts = defineQuery<Ids, { id: string; records: StoredProps[] }>('evidence/by-facts', ['ids']);
/** Recompute the summaries of facts in the caller's transaction; one row per fact found. */
export const refreshSummaries = defineQuery<{ facts: readonly FactKey[] }, { id: string }>(
  'evidence/refresh-summaries',
  ['facts'],
);
