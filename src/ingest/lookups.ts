/**
 * What the database holds about the ids a source file names (validate.ts's `Lookups`), read
 * in one read transaction through the named queries in cypher/queries/ingest/.
 */
import { distance } from 'fastest-levenshtein';
import { Driver, ManagedTransaction } from 'neo4j-driver';
import { ingest } from '../db/queries';
import { runQuery } from '../db/query';
import { SourceDocument } from './document';
import { ExistingRelationship, Lookups, pairKey, referencesOf } from './validate';

const MAX_SUGGESTIONS = 3;

/** Up to three ids close to `id` (edit distance at most a third of its length), closest first. */
function closest(id: string, candidates: string[]): string[] {
  const limit = Math.max(2, Math.floor(id.length / 3));
  return candidates
    .map((c) => ({ c, d: distance(id, c) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, MAX_SUGGESTIONS)
    .map((x) => x.c);
}

/** Prefixes of a missing id to look for similar ones under: its kind and the first letters of its slug. */
function stems(id: string): string[] {
  const colon = id.indexOf(':');
  if (colon < 0) return [id.slice(0, 3)];
  return [id.slice(0, colon + 4), id.slice(0, colon + 2)];
}

async function read(
  tx: ManagedTransaction,
  doc: SourceDocument,
  sourceId?: string,
  factIds?: string[],
): Promise<Lookups> {
  const refs = referencesOf(doc);
  refs.sourceId ??= sourceId;
  const lookups: Lookups = {
    entities: new Map(),
    relationships: new Map(),
    source: null,
    evidence: new Map(),
    suggestions: new Map(),
  };

  for (const r of await runQuery(tx, ingest.entities, { ids: refs.entityIds })) {
    lookups.entities.set(r.id, { id: r.id, label: r.label, properties: r.properties });
  }

  if (refs.pairs.length) {
    const pairs = refs.pairs.map(([from, to]) => ({ from, to }));
    for (const r of await runQuery(tx, ingest.relationships, { pairs })) {
      const rel: ExistingRelationship = { id: r.id, type: r.type, from: r.from, to: r.to, properties: r.properties };
      const key = pairKey(rel.from, rel.to);
      lookups.relationships.set(key, [...(lookups.relationships.get(key) ?? []), rel]);
    }
  }

  if (refs.sourceId) {
    const [row] = await runQuery(tx, ingest.source, { sourceId: refs.sourceId });
    if (row) {
      lookups.source = { properties: row.properties, publisherIds: row.publisherIds };
      const evidence = factIds
        ? await runQuery(tx, ingest.sourceEvidenceOfFacts, { sourceId: refs.sourceId, factIds })
        : await runQuery(tx, ingest.sourceEvidence, { sourceId: refs.sourceId });
      for (const { properties } of evidence) lookups.evidence.set(String(properties.id), properties);
    }
  }

  // Ids defined in the file need no suggestion even when the database lacks them.
  const defined = new Set([...doc.entities.map((e) => e.id), ...doc.unreadableEntityIds]);
  const missing = refs.entityIds.filter((id) => !lookups.entities.has(id) && !defined.has(id));
  if (missing.length) {
    const rows = missing.flatMap((id) => stems(id).map((stem) => ({ id, stem })));
    const candidates = new Map<string, Set<string>>();
    for (const r of await runQuery(tx, ingest.similarIds, { stems: rows })) {
      const set = candidates.get(r.id) ?? new Set<string>();
      for (const c of r.candidates) set.add(c);
      candidates.set(r.id, set);
    }
    for (const id of missing) lookups.suggestions.set(id, closest(id, [...(candidates.get(id) ?? [])]));
  }
  return lookups;
}

/**
 * Everything validate.ts needs to know from the database, read in one consistent snapshot.
 * `sourceId`: the Source a document without a `source` section cites (a curation mutation).
 */
export async function lookUp(
  driver: Driver,
  database: string,
  doc: SourceDocument,
  sourceId?: string,
): Promise<Lookups> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => read(tx, doc, sourceId));
  } finally {
    await session.close();
  }
}

/**
 * The same look-ups inside a transaction the caller holds (a curation write checks under its
 * locks). `factIds`: the facts the write is about; only the source's evidence on them is read.
 */
export const lookUpIn = (
  tx: ManagedTransaction,
  doc: SourceDocument,
  sourceId?: string,
  factIds?: string[],
): Promise<Lookups> => read(tx, doc, sourceId, factIds);
