/**
 * Reading what the citation checker needs from Neo4j: every Source (id, textFile)
 * and every node or relationship carrying an `excerpt` property.
 */
import neo4j, { Driver } from 'neo4j-driver';
import type { ExcerptRecord, SourceRecord } from './match';

/** Connection settings, read in one place so they can later come from src/config.ts. */
export interface ConnectionSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export function connectionSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const value = (key: string): string | undefined => {
    const v = env[key];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  return {
    uri: value('NEO4J_URI') ?? 'bolt://localhost:7687',
    user: value('NEO4J_USER') ?? 'neo4j',
    password: value('NEO4J_PASSWORD') ?? '',
    database: value('NEO4J_DATABASE') ?? 'neo4j',
  };
}

export function openDriver(settings: ConnectionSettings): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5000,
    connectionTimeout: 5000,
    maxTransactionRetryTime: 3000,
  });
}

const SOURCES = `MATCH (s:Source) RETURN s.id AS id, s.textFile AS textFile ORDER BY id`;

// A list-valued excerpt is checked item by item (UNWIND); a scalar is wrapped.
const NODE_EXCERPTS = `
MATCH (n) WHERE n.excerpt IS NOT NULL
WITH n, CASE WHEN valueType(n.excerpt) STARTS WITH 'LIST' THEN n.excerpt ELSE [n.excerpt] END AS items
UNWIND items AS excerpt
RETURN labels(n) AS labels, n.id AS id, elementId(n) AS elementId, n.sourceId AS sourceId, excerpt
ORDER BY id`;

const REL_EXCERPTS = `
MATCH (a)-[r]->(b) WHERE r.excerpt IS NOT NULL
WITH a, r, b, CASE WHEN valueType(r.excerpt) STARTS WITH 'LIST' THEN r.excerpt ELSE [r.excerpt] END AS items
UNWIND items AS excerpt
RETURN type(r) AS type, r.id AS id, elementId(r) AS elementId, a.id AS fromId, b.id AS toId, r.sourceId AS sourceId, excerpt
ORDER BY type, fromId, toId, id`;

const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);

export async function readCitations(
  driver: Driver,
  database: string,
): Promise<{ sources: SourceRecord[]; excerpts: ExcerptRecord[] }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const sources = (await session.run(SOURCES)).records.map((r) => ({
      id: String(r.get('id')),
      textFile: str(r.get('textFile')),
    }));
    const nodes = (await session.run(NODE_EXCERPTS)).records.map((r): ExcerptRecord => {
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
    const rels = (await session.run(REL_EXCERPTS)).records.map((r): ExcerptRecord => {
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
