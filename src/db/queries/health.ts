/** cypher/queries/health/: is the database there, and what it holds. */
import { defineQuery } from '../query';

type None = Record<string, never>;

export const components = defineQuery<None, { version: string; edition: string }>('health/components', []);
export const nodeCounts = defineQuery<None, { label: string; count: number }>('health/node-counts', []);
export const ping = defineQuery<None, { ok: number }>('health/ping', []);
