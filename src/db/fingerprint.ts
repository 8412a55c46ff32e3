/**
 * A fingerprint of what the database holds, to show that a restore brought back
 * exactly what a backup took: every node and relationship counted (API keys and
 * evidence records included), and a SHA-256 over the graph as `npm run export`
 * writes it (node-link JSON: every entity, source and relationship with its
 * properties and evidence), independent of the order the database streams it in.
 */
import { backup } from './queries';
import { createHash } from 'node:crypto';
import { writeNodeLinkJson } from '../export/formats';
import { openExport } from '../export/reader';
import { Graph } from './driver';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** Hex SHA-256 of the sorted, canonical export lines. */
  sha256: string;
}

/** JSON with object keys sorted, and evidence lists sorted, so equal graphs give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(
        ([k, v]) =>
          `${JSON.stringify(k)}:${k === 'evidence' && Array.isArray(v) ? `[${v.map(canonical).sort().join(',')}]` : canonical(v)}`,
      );
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The export's element lines (one JSON object per node or link), canonical and hashed one by one. */
class ElementHasher {
  private pending = '';
  readonly digests: string[] = [];

  write(chunk: string): Promise<void> {
    this.pending += chunk;
    const lines = this.pending.split('\n');
    this.pending = lines.pop()!;
    for (const line of lines) this.take(line);
    return Promise.resolve();
  }

  finish(): void {
    this.take(this.pending);
    this.pending = '';
  }

  private take(raw: string): void {
    const line = raw.trim().replace(/,$/, '');
    // Elements are whole lines starting {"id" (nodes) or {"source" (links); the header is not one.
    if (!line.startsWith('{"id"') && !line.startsWith('{"source"')) return;
    this.digests.push(
      createHash('sha256')
        .update(canonical(JSON.parse(line)))
        .digest('hex'),
    );
  }
}

export async function graphFingerprint(graph: Graph): Promise<GraphFingerprint> {
  const [totals] = await graph.read(backup.totals);
  const exp = await openExport(graph, { kind: 'all' });
  const hasher = new ElementHasher();
  try {
    await writeNodeLinkJson(exp, hasher);
  } finally {
    await exp.close();
  }
  hasher.finish();
  const all = createHash('sha256');
  for (const d of hasher.digests.sort()) all.update(d);
  return { nodes: totals?.nodes ?? 0, relationships: totals?.relationships ?? 0, sha256: all.digest('hex') };
}
