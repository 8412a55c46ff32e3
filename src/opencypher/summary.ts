/**
 * GET /summary and /pg/statistics/summary: Neptune's graph summary ("basic" mode),
 * which graph-explorer asks for first to learn the node labels and edge types (it falls
 * back to counting queries when it fails). Counted on request, from the queries in
 * cypher/queries/opencypher/, with hidden and structural labels treated as the
 * openCypher endpoint shows them (./labels.ts).
 */
import { Graph } from '../db/driver';
import { opencypher } from '../db/queries';
import type { KeyCount } from '../db/queries/opencypher';
import { HIDDEN_LABELS, STRUCTURAL_LABELS } from './labels';

export interface GraphSummary {
  numNodes: number;
  numEdges: number;
  numNodeLabels: number;
  numEdgeLabels: number;
  nodeLabels: string[];
  edgeLabels: string[];
  numNodeProperties: number;
  numEdgeProperties: number;
  /** As Neptune writes them: one single-entry map per property key, `{key: number of elements with it}`. */
  nodeProperties: Record<string, number>[];
  edgeProperties: Record<string, number>[];
  totalNodePropertyValues: number;
  totalEdgePropertyValues: number;
}

export interface SummaryResponse {
  status: string;
  payload: { version: string; lastStatisticsComputationTime: string; graphSummary: GraphSummary };
}

const sum = (rows: { count: number }[]): number => rows.reduce((n, r) => n + r.count, 0);
const perKey = (rows: KeyCount[]): Record<string, number>[] => rows.map((r) => ({ [r.key]: r.count }));

export async function graphSummary(graph: Graph): Promise<SummaryResponse> {
  const params = { hiddenLabels: [...HIDDEN_LABELS], structuralLabels: [...STRUCTURAL_LABELS] };
  const [nodeCount, nodeLabels, nodeProperties, edgeTypes, edgeProperties] = await Promise.all([
    graph.read(opencypher.summaryNodeCount, params),
    graph.read(opencypher.summaryNodeLabels, params),
    graph.read(opencypher.summaryNodeProperties, params),
    graph.read(opencypher.summaryEdgeTypes, params),
    graph.read(opencypher.summaryEdgeProperties, params),
  ]);
  return {
    status: '200 OK',
    payload: {
      version: 'v1',
      // Counted now, not from stored statistics as Neptune's are.
      lastStatisticsComputationTime: new Date().toISOString(),
      graphSummary: {
        numNodes: nodeCount[0]?.count ?? 0,
        numEdges: sum(edgeTypes),
        numNodeLabels: nodeLabels.length,
        numEdgeLabels: edgeTypes.length,
        nodeLabels: nodeLabels.map((r) => r.label),
        edgeLabels: edgeTypes.map((r) => r.type),
        numNodeProperties: nodeProperties.length,
        numEdgeProperties: edgeProperties.length,
        nodeProperties: perKey(nodeProperties),
        edgeProperties: perKey(edgeProperties),
        totalNodePropertyValues: sum(nodeProperties),
        totalEdgePropertyValues: sum(edgeProperties),
      },
    },
  };
}
