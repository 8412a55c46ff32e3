/** cypher/queries/source/: sources and the evidence they give. */
import { defineQuery } from '../query';
import { Ids, IdProps, StoredProps } from './common';

/** How much evidence a source gives. */
export interface SourceCounts {
  evidenceCount: number;
  factCount: number;
  disputeCount: number;
}

export const byIds = defineQuery<Ids, IdProps>('source/by-ids', ['ids']);
export const counts = defineQuery<Ids, SourceCounts & { id: string }>('source/counts', ['ids']);
export const evidencePage = defineQuery<
  { id: string; stance: string | null; offset: number; limit: number },
  { total: number; page: StoredProps[] }
>('source/evidence-page', ['id', 'stance', 'offset', 'limit']);
export const list = defineQuery<{ limit: number }, IdProps>('source/list', ['limit']);
