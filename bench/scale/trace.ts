/**
 * The API's database work for one GraphQL request, recorded and replayed through the
 * driver directly — "the same answers through the driver", for the overhead ratio.
 *
 * A request is executed once in-process against a recording gateway: every named query
 * and its parameters, and which ones the resolvers issued together (DataLoader batches
 * one level of the result at a time). A call's wave is the number of reads that had
 * finished when it was issued: calls of one wave could not depend on each other, so the
 * replay runs them concurrently and the waves in order, as the API must.
 */
import { execute, parse } from 'graphql';
import neo4j, { Driver } from 'neo4j-driver';
import { Graph } from '../../src/db/driver';
import { AnyQuery, DeclaredQuery, QueryArgs, QueryBounds, queryParams, queryText } from '../../src/db/query';
import { createContext } from '../../src/graphql/context';
import { buildSchema } from '../../src/graphql/schema';

export interface TracedCall {
  name: string;
  query: AnyQuery;
  params: Record<string, unknown>;
  /** Lowered literal caps (e.g. maxHops), as the resolver asked for them. */
  bounds?: QueryBounds;
  wave: number;
}

/** The exact Cypher text a traced call ran. */
export const callText = (call: TracedCall): string => queryText(call.query, call.bounds);

/** The parameters a traced call sent. */
export const callParams = (call: TracedCall): Record<string, unknown> => queryParams(call.query, call.params);

class RecordingGraph extends Graph {
  readonly calls: TracedCall[] = [];
  private completed = 0;

  override fork(): Graph {
    return this; // one recorder per traced request
  }

  override async read<P extends object, R>(query: DeclaredQuery<P, R>, ...args: QueryArgs<P>): Promise<R[]> {
    const [params, bounds] = args;
    this.calls.push({
      name: query.name,
      query,
      params: params ?? {},
      bounds,
      wave: this.completed,
    });
    try {
      return await super.read(query, ...args);
    } finally {
      this.completed++;
    }
  }
}

const schema = buildSchema();

/** Execute `query` in-process and return its named-query trace grouped in waves; throws on GraphQL errors. */
export async function traceRequest(driver: Driver, database: string, query: string): Promise<TracedCall[][]> {
  const graph = new RecordingGraph(driver, database, 60_000);
  const result = await execute({ schema, document: parse(query), contextValue: createContext(graph) });
  if (result.errors?.length) throw new Error(`tracing failed: ${result.errors.map((e) => e.message).join('; ')}`);
  const waves = new Map<number, TracedCall[]>();
  for (const call of graph.calls) waves.set(call.wave, [...(waves.get(call.wave) ?? []), call]);
  return [...waves.keys()].sort((a, b) => a - b).map((w) => waves.get(w)!);
}

/** Replay a trace through the driver: the same Cypher and parameters, in read transactions, wave by wave. */
export async function replay(driver: Driver, database: string, waves: TracedCall[][]): Promise<number> {
  let rows = 0;
  for (const wave of waves) {
    const counts = await Promise.all(
      wave.map(async (call) => {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.executeRead((tx) => tx.run(callText(call), callParams(call)));
          return result.records.map((r) => r.toObject()).length;
        } finally {
          await session.close();
        }
      }),
    );
    rows += counts.reduce((a, b) => a + b, 0);
  }
  return rows;
}
