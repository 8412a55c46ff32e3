/**
 * The time bounds of the whole graph (docs/ontology.md, Time): every dated entity, source and
 * relationship gets timeStart/timeEnd/timeDerivation from the one rule, cypher/queries/time/bounds.cypher,
 * in batches of `batchSize` elements, one transaction each. Run after the seed scripts (the curated
 * data states dates only) and before the access paths, which read the bounds.
 */
import { Driver } from 'neo4j-driver';
import { time } from './queries';
import { executeQuery, runQuery } from './query';

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
  const rows = await executeQuery(driver, { database, routing: 'READ' }, time.datedElements);
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
      const [row] = await session.executeWrite((tx) => runQuery(tx, time.bounds, batch));
      derived += Number(row?.derived ?? 0);
    }
  } finally {
    await session.close();
  }
  return derived;
}
