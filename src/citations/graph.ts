/**
 * Reading what the citation checker needs from Neo4j: every Source (id, textFile)
 * and every node or relationship carrying an `excerpt` property.
 */
import neo4j, { Driver } from 'neo4j-driver';
import { namedQuery } from '../db/cypher-files';
import type { ExcerptRecord, SourceRecord } from './match';

const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);

export async function readCitations(
  driver: Driver,
  database: string,
): Promise<{ sources: SourceRecord[]; excerpts: ExcerptRecord[] }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const sources = (await session.run(namedQuery('citations/sources'))).records.map((r) => ({
      id: String(r.get('id')),
      textFile: str(r.get('textFile')),
    }));
    const nodes = (await session.run(namedQuery('citations/node-excerpts'))).records.map((r): ExcerptRecord => {
      const labels = (r.get('labels') as string[]).map((l) => `:${l}`).join('');
      const id = str(r.get('id'));
      return {
        kind: 'node',
        element: id ? `(${labels} {id: '${id}'})` : `(${labels} elementId ${String(r.get('elementId'))})`,
        property: 'excerpt',
        sourceId: str(r.get('sourceId')),
        excerpt: r.get('excerpt'),
      };
    });
    const rels = (await session.run(namedQuery('citations/relationship-excerpts'))).records.map((r): ExcerptRecord => {
      const id = str(r.get('id'));
      return {
        kind: 'relationship',
        element: `(${str(r.get('fromId')) ?? '?'})-[:${String(r.get('type'))}${id ? ` {id: '${id}'}` : ''}]->(${str(r.get('toId')) ?? '?'})`,
        property: 'excerpt',
        sourceId: str(r.get('sourceId')),
        excerpt: r.get('excerpt'),
      };
    });
    return { sources, excerpts: [...nodes, ...rels] };
  } finally {
    await session.close();
  }
}
