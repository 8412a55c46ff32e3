// The page's only way to the data: POST /graphql. Every failure becomes an ApiError
// whose message says what went wrong and what to do next, so the page can show it
// without touching the graph already on screen.

const ENDPOINT = '/graphql';

export type ApiErrorKind = 'network' | 'http' | 'graphql';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Run one GraphQL operation; resolves to `data`, rejects with an ApiError. */
async function gql<T>(query: string, variables: object): Promise<T> {
  let res: Response;
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
  let body: GraphQLBody<T>;
  try {
    body = (await res.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(
      'http',
      `The graph API answered HTTP ${res.status} without a GraphQL result. Retry in a moment.`,
    );
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError('graphql', `The query failed: ${first.message}`, first.extensions?.code);
  if (!res.ok || !body.data)
    throw new ApiError('http', `The graph API answered HTTP ${res.status}. Retry in a moment.`);
  return body.data;
}

/**
 * Answers are kept for the page's life: the graph does not change under a reading
 * session, and going back, or toggling a filter back, should not wait for the network.
 * A failed query is forgotten, so Retry asks again.
 */
const answers = new Map<string, Promise<unknown>>();

export function query<T>(document: string, variables: object): Promise<T> {
  const key = `${document}\n${JSON.stringify(variables)}`;
  const known = answers.get(key);
  if (known) return known as Promise<T>;
  const answer = gql<T>(document, variables);
  answers.set(key, answer);
  answer.catch(() => answers.delete(key));
  return answer;
}
