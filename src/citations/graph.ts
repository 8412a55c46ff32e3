/**
 * Reading what the citation checker needs from Neo4j: the sources that have a text, and the
 * :Evidence records citing them (docs/evidence.md). Synthetic sources (generated corpora) have
 * no text; they and their evidence are left out. Evidence naming no known source is read too,
 * so that it fails the check instead of escaping it.
 */
import neo4j, { Driver } from 'neo4j-driver';
import { citations } from '../db/queries';
import type { CitedEvidenceRow } from '../db/queries/citations';
import { runQuery } from '../db/query';
import type { ExcerptRecord, SourceRecord } from './match';

const str = (v: unknown): string | null =>
  typeof v === 'string' ? v : v === null || v === undefined ? null : String(v);

/** Offsets come back as numbers (or Neo4j integers with lossless integers on). */
const offset = (v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v);

/** The fact an evidence record is about, as a reader finds it in Cypher. */
function factOf(r: CitedEvidenceRow): string {
  const id = str(r.factId) ?? '?';
  const type = str(r.factType) ?? '?';
  if (r.factKind === 'relationship')
    return `(${str(r.factFrom) ?? '?'})-[:${type} {id: '${id}'}]->(${str(r.factTo) ?? '?'})`;
  return `(:${type} {id: '${id}'})`;
}

const excerptOf = (r: CitedEvidenceRow): ExcerptRecord => ({
  evidenceId: String(r.id),
  fact: factOf(r),
  sourceId: str(r.sourceId),
  excerpt: r.excerpt,
  textStart: offset(r.textStart),
  textEnd: offset(r.textEnd),
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
    const all = (await runQuery(session, citations.sources)).map((r) => ({
      id: String(r.id),
      textFile: str(r.textFile),
      textSha256: str(r.textSha256),
      synthetic: r.synthetic === true,
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
    const excerpts = (await runQuery(session, citations.evidence, { sourceIds: sources.map((s) => s.id) })).map(
      excerptOf,
    );
    if (!only) {
      const orphans = await runQuery(session, citations.unknownSourceEvidence, { sourceIds: all.map((s) => s.id) });
      excerpts.push(...orphans.map(excerptOf));
    }
    return { sources, excerpts };
  } finally {
    await session.close();
  }
}
