/**
 * The query shapes graph-explorer's openCypher connector sends, and the response
 * format it validates, ported from aws/graph-explorer 3.2.2 (Apache-2.0), commit
 * 0f17c3937, packages/graph-explorer/src/:
 *
 *   utils/sanitizeQuery.ts                              query`...` (whitespace normalisation)
 *   connector/openCypher/fragments.ts                   fragment.string / identifier / id
 *   connector/openCypher/fetchSchema/*Template.ts       label and type counts, samples
 *   connector/openCypher/fetchEdgeConnections/edgeConnectionsTemplate.ts
 *   connector/openCypher/fetchVertexTypeCounts/vertexTypeCountTemplate.ts
 *   connector/openCypher/keywordSearch/keywordSearchTemplate.ts
 *   connector/openCypher/fetchNeighbors/oneHopTemplate.ts
 *   connector/openCypher/vertexDetails.ts, edgeDetails.ts, neighborCounts.ts (inline templates)
 *   connector/openCypher/mappers/mapResults.ts          the zod schema of a result
 *   connector/openCypher/types.ts                       GraphSummary
 *
 * The templates are copied as they are (only typed for this project), so the tests
 * replay the exact text the app sends. The zod schemas are the app's, on this
 * project's zod.
 */
import { z } from 'zod';

// ---- utils/sanitizeQuery.ts --------------------------------------------------------

type LinePart = { text: string } | { valueIndex: number };
type Line = LinePart[];

function splitIntoLines(literals: TemplateStringsArray, values: string[]): Line[] {
  const lines: Line[] = [[]];
  const push = (part: LinePart): void => {
    lines[lines.length - 1]!.push(part);
  };
  literals.forEach((literal, i) => {
    literal.split('\n').forEach((segment, segmentIndex) => {
      if (segmentIndex > 0) lines.push([]);
      if (segment !== '') push({ text: segment });
    });
    if (i < values.length && values[i] !== '') push({ valueIndex: i });
  });
  return lines;
}

const isIndented = (line: string): boolean => line[0] === ' ' || line[0] === '\t';
const hasContent = (line: Line): boolean => line.some((part) => ('valueIndex' in part ? true : /\S/.test(part.text)));

function leadingWhitespace(line: Line): string {
  const first = line[0];
  if (first === undefined || !('text' in first)) return '';
  return first.text.match(/^[ \t]*/)?.[0] ?? '';
}

function minCommonIndent(lines: Line[]): number {
  let min: number | null = null;
  for (const line of lines) {
    if (!hasContent(line)) continue;
    const width = leadingWhitespace(line).length;
    if (width > 0) min = min === null ? width : Math.min(min, width);
  }
  return min ?? 0;
}

function indentContinuationLines(value: string, renderedSoFar: string): string {
  const valueLines = value.split('\n');
  if (valueLines.length === 1) return value;
  const column = renderedSoFar.length - (renderedSoFar.lastIndexOf('\n') + 1);
  const indent = ' '.repeat(column);
  const [first, ...rest] = valueLines;
  return [first, ...rest.map((line) => indent + line)].join('\n');
}

function renderLine(line: Line, values: string[], min: number): string {
  let rendered = '';
  line.forEach((part, i) => {
    if ('valueIndex' in part) {
      rendered += indentContinuationLines(values[part.valueIndex]!, rendered);
      return;
    }
    const text = i === 0 && isIndented(part.text) ? part.text.slice(min) : part.text;
    rendered += i === line.length - 1 ? text.replace(/\s+$/, '') : text;
  });
  return rendered;
}

export function query(literals: TemplateStringsArray, ...placeholders: unknown[]): string {
  const values = placeholders.map(String);
  const lines = splitIntoLines(literals, values);
  const min = minCommonIndent(lines);
  return lines
    .filter(hasContent)
    .map((line) => renderLine(line, values, min))
    .join('\n');
}

// ---- connector/openCypher/fragments.ts ---------------------------------------------

export const fragment = {
  string(value: string): string {
    return JSON.stringify(value);
  },
  identifier(name: string): string {
    if (name === '') throw new Error('empty identifier');
    return `\`${name.replaceAll('`', '``')}\``;
  },
  id(rawId: string): string {
    return fragment.string(rawId);
  },
};

// ---- utils/constants.ts -------------------------------------------------------------

export const DEFAULT_SAMPLE_SIZE = 10000;
export const DEFAULT_BATCH_REQUEST_SIZE = 100;
export const SEARCH_TOKENS = { ALL_VERTEX_TYPES: '__all', ALL_ATTRIBUTES: '__all', NODE_ID: '__id' } as const;
export const MISSING_TYPE = '«No Type»';

// ---- fetchSchema --------------------------------------------------------------------

export const vertexLabelsTemplate = (): string => 'MATCH (v) RETURN labels(v) AS label, count(v) AS count';

export const edgeLabelsTemplate = (): string => 'MATCH ()-[e]-() RETURN type(e) AS label, count(*) AS count';

export function verticesSchemaTemplate({ types }: { types: string[] }): string {
  const blocks = types.map((type) => `MATCH (v:${fragment.identifier(type)}) RETURN v AS object LIMIT 1`);
  return query`${blocks.join('\nUNION ALL\n')}`;
}

export function edgesSchemaTemplate({ types }: { types: string[] }): string {
  const blocks = types.map((type) => `MATCH () -[e:${fragment.identifier(type)}]-> () RETURN e AS object LIMIT 1`);
  return query`${blocks.join('\nUNION ALL\n')}`;
}

// ---- fetchEdgeConnections -----------------------------------------------------------

export function edgeConnectionsTemplate({ types }: { types: string[] }): string {
  return types
    .map(
      (type) => query`
        MATCH (s)-[e:${fragment.identifier(type)}]->(t)
        WITH labels(s) AS sourceLabels, labels(t) AS targetLabels
        LIMIT ${DEFAULT_SAMPLE_SIZE}
        RETURN DISTINCT ${fragment.string(type)} AS edgeType, sourceLabels, targetLabels
      `,
    )
    .join('\nUNION ALL\n');
}

// ---- fetchVertexTypeCounts ----------------------------------------------------------

export const vertexTypeCountTemplate = (label: string): string =>
  `MATCH (v:${fragment.identifier(label)}) RETURN count(v) AS count`;

// ---- keywordSearch ------------------------------------------------------------------

export interface KeywordSearchRequest {
  searchTerm?: string;
  vertexTypes?: string[];
  searchByAttributes?: string[];
  limit?: number;
  offset?: number;
  exactMatch?: boolean;
}

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

export function keywordSearchTemplate({
  searchTerm,
  vertexTypes = [],
  searchByAttributes = [],
  limit,
  offset,
  exactMatch,
}: KeywordSearchRequest): string {
  const isMissingTypeSearch = vertexTypes.length > 0 && vertexTypes.every((item) => item === MISSING_TYPE);
  const vertexMatchTemplate =
    vertexTypes.length === 1 && !isMissingTypeSearch ? `v:${fragment.identifier(vertexTypes[0]!)}` : 'v';
  const vertexTypeWhereClause = isMissingTypeSearch
    ? 'labels(v) = []'
    : vertexTypes.length > 1 && vertexTypes.map((type) => `v:${fragment.identifier(type)}`).join(' OR ');
  const searchLiteral = searchTerm ? fragment.string(searchTerm) : undefined;
  const searchTermWhereClause =
    searchLiteral !== undefined &&
    uniq(searchByAttributes)
      .map((attr) => {
        if (attr === SEARCH_TOKENS.NODE_ID) {
          return exactMatch === true ? `id(v) = ${searchLiteral}` : `toString(id(v)) CONTAINS ${searchLiteral}`;
        }
        return exactMatch === true
          ? `v.${fragment.identifier(attr)} = ${searchLiteral}`
          : `v.${fragment.identifier(attr)} CONTAINS ${searchLiteral}`;
      })
      .join(' OR ');
  const whereClauses = [vertexTypeWhereClause, searchTermWhereClause]
    .filter(Boolean)
    .filter((w) => w != null)
    .map((clause) => `(${clause})`)
    .join('\n      AND ');
  const whereTemplate = whereClauses ? `WHERE ${whereClauses}` : '';
  const limitTemplate = limit && offset ? `SKIP ${offset} LIMIT ${limit}` : limit ? `LIMIT ${limit}` : '';
  return query`
    MATCH (${vertexMatchTemplate})
    ${whereTemplate}
    RETURN v AS object
    ${limitTemplate}
  `;
}

// ---- fetchNeighbors -----------------------------------------------------------------

export interface NeighborsRequest {
  vertexId: string;
  filterByVertexTypes?: string[];
  attributeFilters?: { name: string; value: string }[];
  excludedVertices?: Set<string>;
  limit?: number;
}

export function oneHopTemplate({
  vertexId,
  filterByVertexTypes = [],
  attributeFilters = [],
  excludedVertices = new Set(),
  limit = 0,
}: NeighborsRequest): string {
  const formattedExcludedVertices =
    excludedVertices.size > 0 ? `NOT ID(tgt) IN [${[...excludedVertices].map(fragment.id).join(', ')}]` : '';
  const formattedVertexTypes =
    filterByVertexTypes.length > 1
      ? `(${filterByVertexTypes.map((type) => `v:${fragment.identifier(type)}`).join(' OR ')})`
      : '';
  const targetMatch = filterByVertexTypes.length === 1 ? `tgt:${fragment.identifier(filterByVertexTypes[0]!)}` : `tgt`;
  const whereConditions = [
    `ID(v) = ${fragment.id(vertexId)}`,
    formattedExcludedVertices,
    formattedVertexTypes,
    ...attributeFilters.map(({ name, value }) => `tgt.${fragment.identifier(name)} CONTAINS ${fragment.string(value)}`),
  ]
    .filter(Boolean)
    .join(' AND ');
  if (limit > 0) {
    return query`
      MATCH (v)-[e]-(${targetMatch})
      WHERE ${whereConditions}
      WITH DISTINCT v, tgt
      ORDER BY toInteger(ID(tgt))
      LIMIT ${limit}
      MATCH (v)-[e]-(tgt)
      RETURN
        collect(DISTINCT tgt) AS vObjects, 
        collect(e) AS eObjects
    `;
  }
  return query`
    MATCH (v)-[e]-(${targetMatch})
    WHERE ${whereConditions}
    RETURN
      collect(DISTINCT tgt) AS vObjects, 
      collect(e) AS eObjects
  `;
}

// ---- vertexDetails.ts, edgeDetails.ts, neighborCounts.ts ----------------------------

export function vertexDetailsTemplate(vertexIds: string[]): string {
  const ids = vertexIds.map(fragment.id).join(',');
  return query`
    MATCH (vertex) 
    WHERE ID(vertex) in [${ids}] 
    RETURN vertex
  `;
}

export function edgeDetailsTemplate(edgeIds: string[]): string {
  const ids = edgeIds.map(fragment.id).join(',');
  return query`
    MATCH ()-[edge]-()
    WHERE ID(edge) in [${ids}]
    RETURN edge
  `;
}

export function neighborCountsTemplate(vertexIds: string[]): string {
  const ids = vertexIds.map(fragment.id).join(',');
  return query`
    MATCH (source)--(neighbor)
    WHERE id(source) IN [${ids}]
    WITH DISTINCT source, neighbor
    WITH 
      id(source) AS id, 
      labels(neighbor) AS neighborLabels, 
      count(neighbor) AS neighborCount
    RETURN id, collect({ label: neighborLabels, count: neighborCount }) as counts
  `;
}

// ---- mappers/mapResults.ts ----------------------------------------------------------

const cypherScalarValueSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const cypherNodeSchema = z.object({
  '~entityType': z.literal('node'),
  '~id': z.string(),
  '~labels': z.array(z.string()),
  '~properties': z.record(z.string(), z.any()),
});

export const cypherEdgeSchema = z.object({
  '~entityType': z.literal('relationship'),
  '~id': z.string(),
  '~start': z.string(),
  '~end': z.string(),
  '~type': z.string(),
  '~properties': z.record(z.string(), z.any()),
});

export type OCVertex = z.infer<typeof cypherNodeSchema>;
export type OCEdge = z.infer<typeof cypherEdgeSchema>;
type CypherValue =
  z.infer<typeof cypherScalarValueSchema> | OCVertex | OCEdge | CypherValue[] | { [key: string]: CypherValue };

const cypherValueSchema: z.ZodType<CypherValue> = z.lazy(() =>
  z.union([
    cypherScalarValueSchema,
    cypherNodeSchema,
    cypherEdgeSchema,
    z.array(cypherValueSchema),
    z.record(z.string(), cypherValueSchema),
  ]),
);

export const cypherQueryResultSchema = z.object({
  results: z.array(z.record(z.string(), cypherValueSchema)),
});

/**
 * What graph-explorer's property mapping (mapApiProperties, then
 * core/StateProvider/schema.ts detectDataType) can take: a scalar. The connector's
 * zod schema lets `~properties` be anything; the app's types and attribute typing
 * do not.
 */
export const propertyValueSchema = cypherScalarValueSchema;

// ---- types.ts: GraphSummary ---------------------------------------------------------

export const graphSummarySchema = z.object({
  numNodes: z.number(),
  numEdges: z.number(),
  numNodeLabels: z.number(),
  numEdgeLabels: z.number(),
  nodeLabels: z.array(z.string()),
  edgeLabels: z.array(z.string()),
  numNodeProperties: z.number(),
  numEdgeProperties: z.number(),
  nodeProperties: z.unknown(),
  edgeProperties: z.unknown(),
  totalNodePropertyValues: z.number(),
  totalEdgePropertyValues: z.number(),
});

/** openCypherExplorer.ts fetchSummary: `response.payload.graphSummary ?? response.graphSummary`. */
export const summaryResponseSchema = z.object({ payload: z.object({ graphSummary: graphSummarySchema }) });
