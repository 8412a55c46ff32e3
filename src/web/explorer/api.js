// The explorer's only way to the data: POST /graphql. Every failure becomes an
// ApiError whose message says what went wrong and what to do next, so the page can
// show it without touching the graph already on screen.

const ENDPOINT = '/graphql';

export class ApiError extends Error {
  /** @param {'network'|'http'|'graphql'} kind @param {string} message @param {string} [code] */
  constructor(kind, message, code) {
    super(message);
    this.kind = kind;
    this.code = code;
  }
}

/** Run one GraphQL operation; resolves to `data`, rejects with an ApiError. */
export async function gql(query, variables = {}) {
  let res;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError(
      'network',
      'The graph API is not answering (network error). What is on screen is kept; check that the service is running, then retry.',
    );
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(
      'http',
      `The graph API answered HTTP ${res.status} without a GraphQL result. Retry in a moment.`,
    );
  }
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    const code = first.extensions && first.extensions.code;
    throw new ApiError('graphql', `The query failed: ${first.message}`, code);
  }
  if (!res.ok || !body.data) {
    throw new ApiError('http', `The graph API answered HTTP ${res.status}. Retry in a moment.`);
  }
  return body.data;
}

const EVIDENCE = `evidence { sourceId excerpt attribution attributedTo confidence status derivation
  source { id title publisher date datePrecision url } }`;

export const ENTITY_FIELDS = `fragment EntityFields on Entity {
  id entityType name aliases description date datePrecision properties
}`;

export const REL_FIELDS = `fragment RelFields on Relationship {
  id type role sentence properties from { id } to { id } ${EVIDENCE}
}`;

export const Q = {
  search: `query Search($q: String!, $types: [String!]) {
    search(query: $q, types: $types, first: 8) { score entity { id entityType name aliases } }
  }`,

  neighbourhood: `query Neighbourhood($id: ID!) {
    neighbourhood(id: $id, depth: 1, limit: 200) {
      truncated
      nodes { ...EntityFields }
      relationships { ...RelFields }
    }
  }
  ${ENTITY_FIELDS}
  ${REL_FIELDS}`,

  entityDetails: `query EntityDetails($id: ID!) {
    entity(id: $id) {
      id
      ${EVIDENCE}
      relationshipCounts { type direction count }
      offices: relationships(type: "HOLDS_OFFICE", first: 50) {
        totalCount
        edges { node { id sentence properties from { id name } to { id name } } }
      }
    }
  }`,

  concerning: `query Concerning($id: ID!, $after: String) {
    entity(id: $id) {
      id
      relationships(type: "CONCERNS", direction: IN, first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { from { id } } }
      }
    }
  }`,

  paths: `query Paths($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $includeTypes: [String!], $excludeTypes: [String!],
      $minConfidence: Float, $time: TimeFilter, $timeRespecting: Boolean) {
    linkagePaths(from: $from, to: $to, k: $k, maxHops: $maxHops, includeTypes: $includeTypes,
        excludeTypes: $excludeTypes, minConfidence: $minConfidence, time: $time, timeRespecting: $timeRespecting) {
      length
      summary
      hops { forward sentence from { ...EntityFields } to { ...EntityFields } relationship { ...RelFields } }
    }
  }
  ${ENTITY_FIELDS}
  ${REL_FIELDS}`,

  timeline: `query Timeline($actor: ID!, $time: TimeFilter) {
    timeline(actor: $actor, time: $time, limit: 200) {
      date datePrecision
      event { id name entityType properties }
      participants { role from { id name } }
    }
  }`,

  entityName: `query EntityName($id: ID!) { entity(id: $id) { id name entityType } }`,
};
