/** cypher/queries/export/: a selection streamed out for export (src/export/). */
import { defineQuery } from '../query';
import { Ids, StoredProps } from './common';

export interface ExportNode {
  id: string;
  labels: string[];
  /** Stored properties as the driver returns them (temporal values are driver objects). */
  props: StoredProps;
}

export interface ExportLink {
  id: string;
  type: string;
  source: string;
  target: string;
  props: StoredProps;
}

/** A property key and one Cypher value type (valueType()) it takes. */
export interface KeyTypePair {
  key: string;
  type: string;
}

export interface ExportSummaryRow {
  nodes: number;
  links: number;
  nodeKeys: KeyTypePair[];
  linkKeys: KeyTypePair[];
}

export interface ElementsParams {
  nodeIds: string[];
  linkIds: string[];
}

export interface NeighbourhoodParams {
  ids: string[];
  depth: number;
}

type None = Record<string, never>;

export const allLinks = defineQuery<None, ExportLink>('export/all-links', []);
export const allNodes = defineQuery<None, ExportNode>('export/all-nodes', []);
export const allSummary = defineQuery<None, ExportSummaryRow>('export/all-summary', []);
export const elementsLinks = defineQuery<ElementsParams, ExportLink>('export/elements-links', ['nodeIds', 'linkIds']);
export const elementsNodes = defineQuery<Pick<ElementsParams, 'nodeIds'>, ExportNode>('export/elements-nodes', [
  'nodeIds',
]);
export const elementsSummary = defineQuery<ElementsParams, ExportSummaryRow>('export/elements-summary', [
  'nodeIds',
  'linkIds',
]);
export const missingIds = defineQuery<Ids, { id: string }>('export/missing-ids', ['ids']);
export const neighbourhoodLinks = defineQuery<NeighbourhoodParams, ExportLink>('export/neighbourhood-links', [
  'ids',
  'depth',
]);
export const neighbourhoodNodes = defineQuery<NeighbourhoodParams, ExportNode>('export/neighbourhood-nodes', [
  'ids',
  'depth',
]);
export const neighbourhoodSummary = defineQuery<NeighbourhoodParams, ExportSummaryRow>('export/neighbourhood-summary', [
  'ids',
  'depth',
]);
