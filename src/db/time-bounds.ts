/**
 * The time bounds of the whole graph (docs/ontology.md, Time): every dated entity, source and
 * relationship gets timeStart/timeEnd/timeDerivation from the one rule, cypher/queries/time/bounds.cypher,
 * in batches of `batchSize` elements, one transaction each. Run after the seed scripts (the curated
 * data states dates only) and before the access paths, which read the bounds.
 */
import { Driver } from 'neo4j-driver';
import { namedQuery } from './cypher-files';

interface Batch {
  entities: string[];
  sources: string[];
  relationships: { id: string; from: string; to: string }[];
}

const emptyBatch = (): Batch => ({ entities: [], sources: [], relationships: [] });

/** Derive the time bounds of every dated element; returns how many were derived. */
export async function deriveAllTimeBounds(
  driver: Driver,
  database: string,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 2_000;
  const rows = (
    await driver.executeQuery(namedQuery('time/dated-elements'), {}, { database, routing: 'READ' })
  ).records.map((r) => r.toObject() as { kind: string; id: string; from: string | null; to: string | null });
  const batches: Batch[] = [];
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = emptyBatch();
    for (const r of rows.slice(i, i + batchSize)) {
      if (r.kind === 'entity') batch.entities.push(r.id);
      else if (r.kind === 'source') batch.sources.push(r.id);
      else batch.relationships.push({ id: r.id, from: r.from!, to: r.to! });
    }
    batches.push(batch);
  }
  let derived = 0;
  const session = driver.session({ database });
  try {
    for (const batch of batches) {
      const result = await session.executeWrite((tx) => tx.run(namedQuery('time/bounds'), batch));
      derived += Number(result.records[0]?.get('derived') ?? 0);
    }
  } finally {
    await session.close();
  }
  return derived;
}
