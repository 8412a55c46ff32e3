/**
 * Reading a selection out of Neo4j for export: one read transaction per export,
 * so the summary, the nodes, the relationships and their evidence are one
 * consistent snapshot, and nodes and relationships are streamed record by record
 * (the driver pauses the server when the consumer is slow), never collected.
 * Evidence records are read beside the stream, one batched query per batch of
 * facts (see ./evidence.ts), in the same transaction.
 */
import neo4j, { ManagedTransaction, Record as Neo4jRecord, Session, Transaction } from 'neo4j-driver';
import { boundedQuery, namedQuery } from '../db/cypher-files';
import { Graph, toCypherParams } from '../db/driver';
import { fromDatabaseError } from '../errors';
import { NameReader, resolveWith } from '../graphql/lookup';
import { evidenceRecord, EvidenceRecord } from './properties';
import { Selection } from './selection';

export interface ExportNode {
  id: string;
  labels: string[];
  /** Stored properties as the driver returns them (temporal values are driver objects). */
  props: Record<string, unknown>;
}

export interface ExportLink {
  id: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}

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

type QueryRunner = Transaction | ManagedTransaction;

async function rows(
  tx: QueryRunner,
  name: string,
  params: Record<string, unknown>,
  bounds?: Record<string, number>,
): Promise<Neo4jRecord[]> {
  const query = bounds ? boundedQuery(name, bounds) : namedQuery(name);
  const result = await tx.run(query, toCypherParams(params));
  return result.records;
}

async function* stream<T>(
  tx: QueryRunner,
  name: string,
  params: Record<string, unknown>,
  map: (r: Neo4jRecord) => T,
): AsyncGenerator<T> {
  try {
    for await (const record of tx.run(namedQuery(name), toCypherParams(params))) {
      yield map(record);
    }
  } catch (error) {
    throw fromDatabaseError(error);
  }
}

const toNode = (r: Neo4jRecord): ExportNode => ({
  id: r.get('id') as string,
  labels: r.get('labels') as string[],
  props: r.get('props') as Record<string, unknown>,
});

const toLink = (r: Neo4jRecord): ExportLink => ({
  id: r.get('id') as string,
  type: r.get('type') as string,
  source: r.get('source') as string,
  target: r.get('target') as string,
  props: r.get('props') as Record<string, unknown>,
});

interface Scope {
  /** Which family of queries in cypher/queries/export/ serves the selection. */
  queries: 'all' | 'neighbourhood' | 'elements';
  params: Record<string, unknown>;
}

/**
 * The selection's entities as ids: each given by id or by an unambiguous name, resolved
 * exactly as GraphQL entity arguments are (src/graphql/lookup.ts): NOT_FOUND with
 * suggestions for an unknown one, BAD_USER_INPUT listing the candidates for an ambiguous name.
 */
async function requireIds(tx: QueryRunner, arg: string, inputs: string[]): Promise<string[]> {
  const read: NameReader = async (name, params) => (await rows(tx, name, params)).map((r) => r.toObject());
  try {
    return [...new Set((await resolveWith(read, arg, inputs)).map((e) => e.id))];
  } catch (error) {
    throw fromDatabaseError(error);
  }
}

/**
 * Turn a selection into query parameters. A path selection runs the API's own
 * linkage-path query (graph/linkage-paths, without filters) and exports exactly
 * the nodes and relationships on the paths it returns.
 */
async function resolveScope(tx: QueryRunner, selection: Selection): Promise<Scope> {
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
      const paths = await rows(
        tx,
        'graph/linkage-paths',
        {
          from,
          to,
          k: selection.k,
          maxHops: selection.maxHops,
          includeTypes: null,
          excludeTypes: null,
          minConfidence: 0.0,
          windowFrom: null,
          windowTo: null,
          timeRespecting: false,
          exclude: [],
          minSources: null,
          attributions: null,
          statuses: null,
          disputed: null,
        },
        { maxHops: selection.maxHops },
      );
      const nodeIds = new Set<string>();
      const linkIds = new Set<string>();
      for (const p of paths) {
        for (const id of p.get('nodeIds') as string[]) nodeIds.add(id);
        for (const rel of p.get('relationships') as { id: string }[]) linkIds.add(rel.id);
      }
      return { queries: 'elements', params: { nodeIds: [...nodeIds], linkIds: [...linkIds] } };
    }
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
  const session: Session = graph.driver.session({
    database: graph.database,
    defaultAccessMode: neo4j.session.READ,
  });
  let tx: Transaction | undefined;
  const close = async (): Promise<void> => {
    // Nothing was written: closing rolls the read transaction back.
    await tx?.close().catch(() => undefined);
    await session.close().catch(() => undefined);
  };
  try {
    // An explicit transaction, not executeRead: a retried function would write
    // the same elements to the output twice.
    tx = await session.beginTransaction({ timeout: timeoutMs, metadata: { app: 'export' } });
    const scope = await resolveScope(tx, selection);
    const [row] = await rows(tx, `export/${scope.queries}-summary`, scope.params);
    const summary: ExportSummary = {
      nodes: Number(row?.get('nodes') ?? 0),
      links: Number(row?.get('links') ?? 0),
      nodeKeys: groupKeys((row?.get('nodeKeys') ?? []) as KeyTypePair[]),
      linkKeys: groupKeys((row?.get('linkKeys') ?? []) as KeyTypePair[]),
    };
    const open = tx;
    return {
      selection,
      summary,
      nodes: () => stream(open, `export/${scope.queries}-nodes`, scope.params, toNode),
      links: () => stream(open, `export/${scope.queries}-links`, scope.params, toLink),
      evidence: (factIds) => evidenceOf(open, factIds),
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
async function evidenceOf(tx: QueryRunner, factIds: readonly string[]): Promise<Map<string, EvidenceRecord[]>> {
  const byFact = new Map<string, EvidenceRecord[]>();
  if (factIds.length === 0) return byFact;
  try {
    for (const r of await rows(tx, 'evidence/by-facts', { ids: [...factIds] })) {
      byFact.set(r.get('id') as string, (r.get('records') as Record<string, unknown>[]).map(evidenceRecord));
    }
  } catch (error) {
    throw fromDatabaseError(error);
  }
  return byFact;
}

type KeyTypePair = { key: string; type: string };

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
