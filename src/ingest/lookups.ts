/**
 * What the database holds about the ids a source file names (validate.ts's `Lookups`), read
 * in one read transaction through the named queries in cypher/queries/ingest/.
 */
import { distance } from 'fastest-levenshtein';
import { Driver, ManagedTransaction } from 'neo4j-driver';
import { namedQuery } from '../db/cypher-files';
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

  const entities = await tx.run(namedQuery('ingest/entities'), { ids: refs.entityIds });
  for (const r of entities.records) {
    const id = r.get('id') as string;
    lookups.entities.set(id, {
      id,
      label: r.get('label') as string,
      properties: r.get('properties') as Record<string, unknown>,
    });
  }

  if (refs.pairs.length) {
    const pairs = refs.pairs.map(([from, to]) => ({ from, to }));
    const rels = await tx.run(namedQuery('ingest/relationships'), { pairs });
    for (const r of rels.records) {
      const rel: ExistingRelationship = {
        id: r.get('id') as string,
        type: r.get('type') as string,
        from: r.get('from') as string,
        to: r.get('to') as string,
        properties: r.get('properties') as Record<string, unknown>,
      };
      const key = pairKey(rel.from, rel.to);
      lookups.relationships.set(key, [...(lookups.relationships.get(key) ?? []), rel]);
    }
  }

  if (refs.sourceId) {
    const source = await tx.run(namedQuery('ingest/source'), { sourceId: refs.sourceId });
    const row = source.records[0];
    if (row) {
      lookups.source = {
        properties: row.get('properties') as Record<string, unknown>,
        publisherIds: row.get('publisherIds') as string[],
      };
      const evidence = factIds
        ? await tx.run(namedQuery('ingest/source-evidence-of-facts'), { sourceId: refs.sourceId, factIds })
        : await tx.run(namedQuery('ingest/source-evidence'), { sourceId: refs.sourceId });
      for (const r of evidence.records) {
        const props = r.get('properties') as Record<string, unknown>;
        lookups.evidence.set(String(props.id), props);
      }
    }
  }

  // Ids defined in the file need no suggestion even when the database lacks them.
  const defined = new Set([...doc.entities.map((e) => e.id), ...doc.unreadableEntityIds]);
  const missing = refs.entityIds.filter((id) => !lookups.entities.has(id) && !defined.has(id));
  if (missing.length) {
    const rows = missing.flatMap((id) => stems(id).map((stem) => ({ id, stem })));
    const similar = await tx.run(namedQuery('ingest/similar-ids'), { stems: rows });
    const candidates = new Map<string, Set<string>>();
    for (const r of similar.records) {
      const id = r.get('id') as string;
      const set = candidates.get(id) ?? new Set<string>();
      for (const c of r.get('candidates') as string[]) set.add(c);
      candidates.set(id, set);
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
