/** cypher/queries/citations/: what the citation checker reads. */
import { defineQuery } from '../query';

export interface CitedSourceRow {
  id: string;
  textFile: unknown;
  textSha256: unknown;
  synthetic: boolean;
}

/** An evidence record with its excerpt and offsets, as stored (the checker judges malformed values). */
export interface CitedEvidenceRow {
  id: string;
  factId: unknown;
  factKind: unknown;
  factType: unknown;
  factFrom: unknown;
  factTo: unknown;
  sourceId: unknown;
  excerpt: unknown;
  textStart: unknown;
  textEnd: unknown;
}

export const sources = defineQuery<Record<string, never>, CitedSourceRow>('citations/sources', []);
export const evidence = defineQuery<{ sourceIds: string[] }, CitedEvidenceRow>('citations/evidence', ['sourceIds']);
export const unknownSourceEvidence = defineQuery<{ sourceIds: string[] }, CitedEvidenceRow>(
  'citations/unknown-source-evidence',
  ['sourceIds'],
);
