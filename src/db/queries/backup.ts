/** cypher/queries/backup/. */
import { defineQuery } from '../query';

export const totals = defineQuery<Record<string, never>, { nodes: number; relationships: number }>('backup/totals', []);
