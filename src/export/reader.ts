/**
 * Reading a selection out of Neo4j for export: one read transaction per export,
 * opened through the gateway (Graph.openReadTransaction) and run with the declared
 * queries of src/db/queries/export.ts, so the summary, the nodes, the relationships and their evidence are one
 * consistent snapshot, and nodes and relationships are streamed record by record
 * (the driver pauses the server when the consumer is slow), never collected.
 * Evidence records are read beside the stream, one batched query per batch of
 * facts (see ./evidence.ts), in the same transaction.
 */
import { Graph } from '../db/driver';
import { evidence as evidenceQueries, exportQueries, graph as graphQueries } from '../db/queries';
import type { ExportLink, ExportNode, KeyTypePair } from '../db/queries/export';
import { linkageQuery } from '../db/queries/graph';
import { CypherRunner, readerOf, runQuery, streamQuery } from '../db/query';
import { fromDatabaseError } from '../errors';
import { resolveWith } from '../graphql/lookup';
import { evidenceRecord, EvidenceRecord } from './properties';
import { Selection } from './selection';

export type { ExportLink, ExportNode };

/** A property key and the Cypher value types (valueType()) it takes in the selection. */
export interface PropertyKeyTypes {
  key: string;
  types: string[];
}

export interface ExportSummary {
  nodes: number;
  links: number;
  nodeKeys: PropertyKeyTypes[];
  linkKeys: PropertyKeyTypes[];
}

/**
 * An open export: read `summary` first, then iterate nodes and links (once each per
 * file written), asking for the evidence of a batch of them as needed, then close.
 */
export interface OpenExport {
  selection: Selection;
  summary: ExportSummary;
  nodes(): AsyncIterable<ExportNode>;
  links(): AsyncIterable<ExportLink>;
  /** The active evidence records of these facts (node or relationship ids), by fact id, in one query. */
  evidence(factIds: readonly string[]): Promise<Map<string, EvidenceRecord[]>>;
  close(): Promise<void>;
}

/** Long enough for a large graph; the database ends the transaction after it. */
export const DEFAULT_EXPORT_TIMEOUT_MS = 10 * 60 * 1000;

/** Map a stream's driver errors to DomainErrors (an export's errors are the API's). */
async function* mapped<T>(rows: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* rows;
  } catch (error) {
    throw fromDatabaseError(error);
  }
}

/** Which family of queries in cypher/queries/export/ serves the selection, and its parameters. */
type Scope =
  | { queries: 'all'; params: Record<string, never> }
  | { queries: 'neighbourhood'; params: { ids: string[]; depth: number } }
  | { queries: 'elements'; params: { nodeIds: string[]; linkIds: string[] } };

/**
 * The selection's entities as ids: each given by id or by an unambiguous name, resolved
 * exactly as GraphQL entity arguments are (src/graphql/lookup.ts): NOT_FOUND with
 * suggestions for an unknown one, BAD_USER_INPUT listing the candidates for an ambiguous name.
 */
async function requireIds(tx: CypherRunner, arg: string, inputs: string[]): Promise<string[]> {
  try {
    return [...new Set((await resolveWith(readerOf(tx), arg, inputs)).map((e) => e.id))];
  } catch (error) {
    throw fromDatabaseError(error);
  }
}

/**
 * Turn a selection into query parameters. A path selection runs the API's own
 * linkage-path query (graph/linkage-paths, without filters) and exports exactly
 * the nodes and relationships on the paths it returns.
 */
async function resolveScope(tx: CypherRunner, selection: Selection): Promise<Scope> {
  switch (selection.kind) {
    case 'all':
      return { queries: 'all', params: {} };
    case 'neighbourhood': {
      const ids = await requireIds(tx, 'ids', selection.ids);
      return { queries: 'neighbourhood', params: { ids, depth: selection.depth } };
    }
    case 'paths': {
      // One query at a time: a transaction runs its queries in order.
      const [from] = await requireIds(tx, 'from', [selection.from]);
      const [to] = await requireIds(tx, 'to', [selection.to]);
      const search = linkageQuery({ from: from!, to: to!, k: selection.k, maxHops: selection.maxHops });
      const paths = await runQuery(tx, graphQueries.linkagePaths, search.params, search.bounds);
      const nodeIds = new Set<string>();
      const linkIds = new Set<string>();
      for (const p of paths) {
        for (const id of p.nodeIds) nodeIds.add(id);
        for (const rel of p.relationships) linkIds.add(rel.id);
      }
      return { queries: 'elements', params: { nodeIds: [...nodeIds], linkIds: [...linkIds] } };
    }
  }
}

/** The scope's summary, nodes and links: one query each of its family (cypher/queries/export/). */
function summaryOf(tx: CypherRunner, scope: Scope) {
  switch (scope.queries) {
    case 'all':
      return runQuery(tx, exportQueries.allSummary, scope.params);
    case 'neighbourhood':
      return runQuery(tx, exportQueries.neighbourhoodSummary, scope.params);
    case 'elements':
      return runQuery(tx, exportQueries.elementsSummary, scope.params);
  }
}

function nodesOf(tx: CypherRunner, scope: Scope): AsyncIterable<ExportNode> {
  switch (scope.queries) {
    case 'all':
      return streamQuery(tx, exportQueries.allNodes, scope.params);
    case 'neighbourhood':
      return streamQuery(tx, exportQueries.neighbourhoodNodes, scope.params);
    case 'elements':
      return streamQuery(tx, exportQueries.elementsNodes, { nodeIds: scope.params.nodeIds });
  }
}

function linksOf(tx: CypherRunner, scope: Scope): AsyncIterable<ExportLink> {
  switch (scope.queries) {
    case 'all':
      return streamQuery(tx, exportQueries.allLinks, scope.params);
    case 'neighbourhood':
      return streamQuery(tx, exportQueries.neighbourhoodLinks, scope.params);
    case 'elements':
      return streamQuery(tx, exportQueries.elementsLinks, scope.params);
  }
}

/**
 * Open an export: start the read transaction, check the selection's ids (an
 * unknown one is NOT_FOUND) and read the summary. Every failure before the first
 * streamed element surfaces here, as a DomainError, so an HTTP handler can still
 * answer with a status code.
 */
export async function openExport(
  graph: Graph,
  selection: Selection,
  timeoutMs: number = DEFAULT_EXPORT_TIMEOUT_MS,
): Promise<OpenExport> {
  let close = async (): Promise<void> => undefined;
  try {
    // An explicit transaction, not executeRead: a retried function would write
    // the same elements to the output twice.
    const open = await graph.openReadTransaction({ timeoutMs, metadata: { app: 'export' } });
    close = () => open.close();
    const { tx } = open;
    const scope = await resolveScope(tx, selection);
    const [row] = await summaryOf(tx, scope);
    const summary: ExportSummary = {
      nodes: Number(row?.nodes ?? 0),
      links: Number(row?.links ?? 0),
      nodeKeys: groupKeys(row?.nodeKeys ?? []),
      linkKeys: groupKeys(row?.linkKeys ?? []),
    };
    return {
      selection,
      summary,
      nodes: () => mapped(nodesOf(tx, scope)),
      links: () => mapped(linksOf(tx, scope)),
      evidence: (factIds) => evidenceOf(tx, factIds),
      close,
    };
  } catch (error) {
    await close();
    throw fromDatabaseError(error);
  }
}

/**
 * Evidence for a batch of facts through the API's own batched query
 * (evidence/by-facts: UNWIND over the ids, retracted records left out, ordered by
 * source, stance and position in the text), so an export shows what the API shows.
 */
async function evidenceOf(tx: CypherRunner, factIds: readonly string[]): Promise<Map<string, EvidenceRecord[]>> {
  const byFact = new Map<string, EvidenceRecord[]>();
  if (factIds.length === 0) return byFact;
  try {
    for (const r of await runQuery(tx, evidenceQueries.byFacts, { ids: [...factIds] })) {
      byFact.set(r.id, r.records.map(evidenceRecord));
    }
  } catch (error) {
    throw fromDatabaseError(error);
  }
  return byFact;
}

function groupKeys(pairs: KeyTypePair[]): PropertyKeyTypes[] {
  const byKey = new Map<string, Set<string>>();
  for (const { key, type } of pairs) {
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key)!.add(type);
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, types]) => ({ key, types: [...types].sort() }));
}
