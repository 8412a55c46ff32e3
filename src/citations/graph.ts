/**
 * Reading what the citation checker needs from Neo4j: the sources that have a text, and the
 * :Evidence records citing them (docs/evidence.md). Synthetic sources (generated corpora) have
 * no text; they and their evidence are left out. Evidence naming no known source is read too,
 * so that it fails the check instead of escaping it.
 */
import neo4j, { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { namedQuery } from '../db/cypher-files';
import type { ExcerptRecord, SourceRecord } from './match';

const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);

/** Offsets come back as numbers (or Neo4j integers with lossless integers on). */
const offset = (v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v);

/** The fact an evidence record is about, as a reader finds it in Cypher. */
function factOf(r: Neo4jRecord): string {
  const id = str(r.get('factId')) ?? '?';
  const type = str(r.get('factType')) ?? '?';
  if (r.get('factKind') === 'relationship')
    return `(${str(r.get('factFrom')) ?? '?'})-[:${type} {id: '${id}'}]->(${str(r.get('factTo')) ?? '?'})`;
  return `(:${type} {id: '${id}'})`;
}

const excerptOf = (r: Neo4jRecord): ExcerptRecord => ({
  evidenceId: String(r.get('id')),
  fact: factOf(r),
  sourceId: str(r.get('sourceId')),
  excerpt: r.get('excerpt'),
  textStart: offset(r.get('textStart')),
  textEnd: offset(r.get('textEnd')),
});

export class UnknownSourceError extends Error {}

/**
 * The sources to check and their evidence. `only`: check just these source ids (each must be a
 * :Source with a text); otherwise every non-synthetic source, plus evidence naming no known source.
 */
export async function readCitations(
  driver: Driver,
  database: string,
  only?: string[],
): Promise<{ sources: SourceRecord[]; excerpts: ExcerptRecord[] }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const all = (await session.run(namedQuery('citations/sources'))).records.map((r) => ({
      id: String(r.get('id')),
      textFile: str(r.get('textFile')),
      textSha256: str(r.get('textSha256')),
      synthetic: r.get('synthetic') === true,
    }));
    if (only) {
      for (const id of only) {
        const found = all.find((s) => s.id === id);
        if (!found) throw new UnknownSourceError(`--source ${id}: no :Source with that id in the graph.`);
        if (found.synthetic)
          throw new UnknownSourceError(`--source ${id}: a synthetic source, which has no text to check against.`);
      }
    }
    const sources = all
      .filter((s) => !s.synthetic && (!only || only.includes(s.id)))
      .map(({ id, textFile, textSha256 }) => ({ id, textFile, textSha256 }));
    const excerpts = (
      await session.run(namedQuery('citations/evidence'), { sourceIds: sources.map((s) => s.id) })
    ).records.map(excerptOf);
    if (!only) {
      const orphans = await session.run(namedQuery('citations/unknown-source-evidence'), {
        sourceIds: all.map((s) => s.id),
      });
      excerpts.push(...orphans.records.map(excerptOf));
    }
    return { sources, excerpts };
  } finally {
    await session.close();
  }
}
