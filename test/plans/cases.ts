/**
 * Fixed parameters for every named read query in cypher/queries/{search,entity,graph,
 * research,source}, chosen to exercise each on the seed graph (cypher/data). The plan gate
 * (plans.int.test.ts) PROFILEs each with these; a query without a case fails the gate.
 */
import { linkageQuery } from '../../src/db/queries/graph';
import { cypherDate } from '../../src/graphql/validate';
import { namePhraseQuery } from '../../src/graphql/names';
import { HITS_PER_QUERY, searchPlan } from '../../src/graphql/search';

export const PROFILED_FOLDERS = ['search', 'entity', 'graph', 'research', 'source', 'evidence'] as const;

/** Read queries that write nothing and so are gated too; the rest of evidence/ writes. */
export const UNPROFILED = ['evidence/refresh-summaries'] as const;

const someEntities = [
  'person:lopez-obrador',
  'person:biden',
  'country:mx',
  'policy:remain-in-mexico',
  'issue:migration',
];
const asOf = cypherDate('2021-05-03');
/** No provenance filter: the common case. */
const anyProvenance = { minSources: null, attributions: null, statuses: null, disputed: null };

export const PLAN_CASES: Record<string, Record<string, unknown>> = {
  'search/entities': {
    queries: searchPlan('Harris meets Lopez Obrador').queries,
    words: 4,
    perQuery: HITS_PER_QUERY,
    types: null,
    limit: 20,
    minConfidence: 0,
    ...anyProvenance,
  },
  'entity/resolve': {
    keys: ['person:harris', 'Lopez Obrador', 'Mexico', 'Obrador', 'person:amlo'].map((key) => ({
      key,
      lucene: namePhraseQuery(key.replace(/^person:/, '')),
    })),
  },
  'entity/suggestions': { lucene: 'harrris~1 OR harrris*', prefix: 'person:', limit: 50 },
  'entity/by-ids': { ids: someEntities },
  'entity/all-relationships': { ids: someEntities, limit: 100 },
  'entity/relationship-counts': { ids: someEntities },
  'entity/office-countries': { ids: ['office:mx-foreign-minister', 'office:us-president'], limit: 200 },
  'entity/country-offices': { ids: ['country:mx', 'country:us'], limit: 200 },
  'entity/relationships-page': {
    keys: [
      { key: 'a', id: 'person:lopez-obrador', direction: 'OUT' },
      { key: 'b', id: 'country:mx', direction: 'BOTH' },
    ],
    offset: 0,
    limit: 20,
  },
  'graph/neighbourhood': {
    id: 'person:lopez-obrador',
    depth: 2,
    types: null,
    issue: null,
    minConfidence: 0,
    from: null,
    to: null,
    limit: 200,
    ...anyProvenance,
  },
  'graph/overview': { first: 20, minConfidence: 0, from: null, to: null, issue: null },
  // The plan gate profiles the file as written (the hop cap, 6); maxHops bounds only what the API sends.
  'graph/linkage-paths': {
    ...linkageQuery({ from: 'person:lopez-obrador', to: 'person:biden', k: 5, maxHops: 4 }).params,
  },
  'research/timeline': {
    actor: null,
    countryA: 'country:us',
    countryB: 'country:mx',
    issue: null,
    from: null,
    to: null,
    limit: 100,
    minConfidence: 0,
    ...anyProvenance,
  },
  'research/exchange-ledger': { countryA: 'country:us', countryB: 'country:mx', from: null, to: null },
  'research/concessions': {
    ids: ['exchange:2021-03-enforcement-for-vaccines', 'exchange:trump-era-cooperation-for-forbearance'],
    countryA: 'country:us',
    countryB: 'country:mx',
  },
  'research/offices-held': { asOf, holder: null, country: 'country:mx', limit: 100 },
  'research/policies-in-force': { asOf, owner: null, limit: 100 },
  'research/policy-actions': { asOf, owner: null, limit: 100 },
  'research/quotes': { speaker: null, subject: 'country:mx', limit: 100 },
  'research/statistics': { metric: 'custody', place: null, from: null, to: null, limit: 100 },
  'source/by-ids': { ids: ['source:wapo-2021-05-03-mexico-leverage'] },
  'source/list': { limit: 100 },
  'source/counts': { ids: ['source:wapo-2021-05-03-mexico-leverage'] },
  'source/evidence-page': { id: 'source:wapo-2021-05-03-mexico-leverage', stance: null, offset: 0, limit: 20 },
  'evidence/by-facts': {
    ids: [
      ...someEntities,
      'holds_office|person:lopez-obrador|office:mx-president',
      'concerns|policy:remain-in-mexico|issue:asylum',
    ],
  },
  'graph/relationships-by-keys': {
    keys: [
      {
        id: 'holds_office|person:lopez-obrador|office:mx-president',
        from: 'person:lopez-obrador',
        to: 'office:mx-president',
      },
      { id: 'concerns|policy:remain-in-mexico|issue:asylum', from: 'policy:remain-in-mexico', to: 'issue:asylum' },
    ],
  },
};
