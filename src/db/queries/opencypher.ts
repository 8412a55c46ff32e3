/** cypher/queries/opencypher/: the openCypher endpoint's id look-up and graph summary. */
import { defineQuery } from '../query';

export interface HiddenLabels {
  hiddenLabels: string[];
}

export interface KeyCount {
  key: string;
  count: number;
}

export const endpointIds = defineQuery<{ elementIds: string[] }, { elementId: string; id: unknown }>(
  'opencypher/endpoint-ids',
  ['elementIds'],
);
export const summaryEdgeProperties = defineQuery<HiddenLabels, KeyCount>('opencypher/summary-edge-properties', [
  'hiddenLabels',
]);
export const summaryEdgeTypes = defineQuery<HiddenLabels, { type: string; count: number }>(
  'opencypher/summary-edge-types',
  ['hiddenLabels'],
);
export const summaryNodeCount = defineQuery<HiddenLabels, { count: number }>('opencypher/summary-node-count', [
  'hiddenLabels',
]);
export const summaryNodeLabels = defineQuery<
  HiddenLabels & { structuralLabels: string[] },
  { label: string; count: number }
>('opencypher/summary-node-labels', ['hiddenLabels', 'structuralLabels']);
export const summaryNodeProperties = defineQuery<HiddenLabels, KeyCount>('opencypher/summary-node-properties', [
  'hiddenLabels',
]);
