/**
 * The plan gate at scale (test/plans/scale.ts): every named read query PROFILEd on a
 * generated corpus with the medium preset's plan shapes, in a throwaway Neo4j of its own
 * (the corpus must not mix with the seed graph the other tests read). A query fails when its
 * db hits grow by more than 20% over test/plans/db-hits.json's `scale` figures, or when its
 * plan uses an operator type the snapshot's plan did not (an expand where a degree-store
 * count was, a label scan where an index seek was…). `npm run plans:update` rewrites both.
 */
import neo4j, { Driver } from 'neo4j-driver';
import { startThrowawayNeo4j, Throwaway } from '../../bench/scale/throwaway-neo4j';
import { profiledQueries, readSnapshot } from './profile';
import { loadScaleGraph, profileScale, SCALE_CORPUS, scaleCases } from './scale';

const ALLOWED_GROWTH = 0.2;
const snapshot = readSnapshot();

let db: Throwaway | undefined;
let driver: Driver;
let cases: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  db = await startThrowawayNeo4j({ heap: '768m', pageCache: '256m' });
  driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
  await loadScaleGraph(driver, 'neo4j', db.uri);
  cases = await scaleCases(driver, 'neo4j');
}, 600_000);

afterAll(async () => {
  await driver?.close();
  await db?.stop();
}, 120_000);

describe('query plans at scale (PROFILE on a generated medium-shaped corpus)', () => {
  it('profiles the corpus the snapshot was made on, with a figure for every named query', () => {
    expect(snapshot.scale?.corpus).toEqual({ ...SCALE_CORPUS });
    expect(Object.keys(snapshot.scale?.queries ?? {}).sort()).toEqual(profiledQueries());
  });

  it.each(profiledQueries())('%s keeps its plan and stays within 20%% of its db hits', async (name) => {
    const baseline = snapshot.scale?.queries[name];
    if (!baseline) throw new Error(`${name} has no scale figure in test/plans/db-hits.json: run npm run plans:update.`);
    const now = await profileScale(driver, 'neo4j', name, cases[name]!);
    expect(now.dbHits).toBeGreaterThan(0);
    const added = now.operators.filter((o) => !baseline.operators.includes(o));
    if (added.length) {
      throw new Error(
        `${name}: the plan now uses ${added.join(', ')}, which the snapshot's plan did not (it had ` +
          `${baseline.operators.join(', ')}). PROFILE the query on the scale corpus; if the change is intended, run ` +
          'npm run plans:update.',
      );
    }
    const growth = (now.dbHits - baseline.dbHits) / baseline.dbHits;
    if (growth > ALLOWED_GROWTH) {
      throw new Error(
        `${name}: ${now.dbHits} db hits at scale, ${baseline.dbHits} in the snapshot (+${(growth * 100).toFixed(1)}%, ` +
          `over the ${ALLOWED_GROWTH * 100}% allowed). PROFILE the query on the scale corpus to see which operator ` +
          'grew; if the change is intended, run npm run plans:update.',
      );
    }
  });
});
