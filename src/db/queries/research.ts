/** cypher/queries/research/: the research questions (src/graphql/resolvers/research.ts). */
import type { PossiblyWhy } from '../../graphql/time-views';
import { defineQuery } from '../query';
import { CypherDate, ProvenanceParams, RelationshipMap } from './common';

export interface TimelineParams extends ProvenanceParams {
  actor: string | null;
  issue: string | null;
  countryA: string | null;
  countryB: string | null;
  from: CypherDate | null;
  to: CypherDate | null;
  minConfidence: number;
  limit: number;
}

export interface LedgerParams {
  countryA: string;
  countryB: string;
  from: CypherDate | null;
  to: CypherDate | null;
}

/** One concession row of research/concessions.cypher, before its entity is loaded. */
export interface ConcessionRow {
  id: string;
  concession: string;
  givenBy: string[];
  side: string | null;
  date: unknown;
  datePrecision: string | null;
  datedBy: { id: string; name: string; start: boolean } | null;
}

export interface OfficeRow {
  rel: RelationshipMap;
  status: 'known' | 'possibly';
  why: PossiblyWhy | null;
  attestedFrom: unknown;
  attestedTo: unknown;
  knownHolders: string[];
}

export interface PolicyRow {
  id: string;
  status: 'known' | 'possibly';
  why: PossiblyWhy | null;
  attestedFrom: unknown;
  attestedTo: unknown;
  datedActions: { action: unknown; date: unknown; precision: unknown }[];
}

export const concessions = defineQuery<{ ids: string[]; countryA: string; countryB: string }, ConcessionRow>(
  'research/concessions',
  ['ids', 'countryA', 'countryB'],
);
export const exchangeLedger = defineQuery<LedgerParams, { kind: string; id: string }>('research/exchange-ledger', [
  'countryA',
  'countryB',
  'to',
  'from',
]);
export const officesHeld = defineQuery<
  { country: string | null; holder: string | null; asOf: CypherDate; limit: number },
  OfficeRow
>('research/offices-held', ['country', 'holder', 'asOf', 'limit']);
export const policiesInForce = defineQuery<{ owner: string | null; asOf: CypherDate; limit: number }, PolicyRow>(
  'research/policies-in-force',
  ['owner', 'asOf', 'limit'],
);
export const policyActions = defineQuery<
  { owner: string | null; asOf: CypherDate; limit: number },
  { rel: RelationshipMap; t: unknown }
>('research/policy-actions', ['owner', 'asOf', 'limit']);
export const quotes = defineQuery<{ speaker: string | null; subject: string | null; limit: number }, { id: string }>(
  'research/quotes',
  ['speaker', 'subject', 'limit'],
);
export const statistics = defineQuery<
  { metric: string | null; place: string | null; from: CypherDate | null; to: CypherDate | null; limit: number },
  { id: string }
>('research/statistics', ['metric', 'place', 'to', 'from', 'limit']);
export const timeline = defineQuery<TimelineParams, { id: string }>('research/timeline', [
  'actor',
  'issue',
  'countryA',
  'countryB',
  'from',
  'to',
  'minConfidence',
  'minSources',
  'attributions',
  'statuses',
  'disputed',
  'limit',
]);
