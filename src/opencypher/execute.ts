/**
 * Running a client's openCypher query: the one place in the service where query text
 * written by a user reaches the database. What keeps it safe is here, not in the
 * client: the rewrite refuses anything but one read query (./rewrite.ts), and the
 * query runs in a READ transaction (Neo4j itself refuses writes there) under the
 * configured time limit, with at most `maxRows` rows read before it is stopped.
 */
import { Graph } from '../db/driver';
import { opencypher } from '../db/queries';
import { runQuery } from '../db/query';
import { fromQueryError, OpenCypherError, OpenCypherErrorCode } from './errors';
import { rewriteQuery } from './rewrite';
import { ElementIds, OCValue, toOpenCypher } from './values';

export interface OpenCypherResult {
  results: Record<string, OCValue>[];
}

/**
 * Run a query that is already in Neo4j's terms (rewritten) in a read transaction.
 * Exported for the test that proves the transaction, not only the rewrite, refuses writes.
 */
export async function runReadOnly(graph: Graph, query: string, maxRows: number): Promise<OpenCypherResult> {
  try {
    return await graph.inReadTransaction(async (tx) => {
      const rows: Record<string, unknown>[] = [];
      for await (const record of tx.run(query)) {
        if (rows.length === maxRows) {
          // Leaving the loop discards the rest of the stream; the transaction is rolled back.
          throw new OpenCypherError(
            OpenCypherErrorCode.QueryLimitExceeded,
            `The query answers more than ${maxRows} rows, this endpoint's limit. Add a LIMIT or narrow the match.`,
          );
        }
        rows.push(record.toObject());
      }
      const ids = new ElementIds();
      for (const row of rows) ids.collect(row);
      const missing = ids.missing();
      if (missing.length > 0) {
        const found = await runQuery(tx, opencypher.endpointIds, { elementIds: missing });
        for (const r of found) ids.add(r.elementId, String(r.id));
      }
      return {
        results: rows.map((row) => {
          const out: Record<string, OCValue> = {};
          for (const [column, value] of Object.entries(row)) out[column] = toOpenCypher(value, ids);
          return out;
        }),
      };
    });
  } catch (error) {
    throw fromQueryError(error);
  }
}

/** Check, translate and run a client's query (see the module comment). */
export async function runOpenCypher(graph: Graph, text: string, maxRows: number): Promise<OpenCypherResult> {
  return runReadOnly(graph, rewriteQuery(text), maxRows);
}
