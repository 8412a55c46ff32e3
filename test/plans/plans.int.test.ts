/**
 * Query-plan regression gate: every named read query is PROFILEd on the seed graph (the
 * fixed fixture global setup loads) with fixed parameters, and its total db hits compared
 * with the committed snapshot test/plans/db-hits.json. A query whose db hits grow by more
 * than 20% fails, with the figures; `npm run plans:update` rewrites the snapshot.
 */
import { closeDriver, getDriver, testDatabase } from '../support/db';
import { profileDbHits, profiledQueries, readSnapshot } from './profile';

const ALLOWED_GROWTH = 0.2;

afterAll(closeDriver);

describe('query plans (PROFILE db hits on the seed graph)', () => {
  const snapshot = readSnapshot();

  it('has a snapshot figure for every named query, and none for queries that are gone', () => {
    expect(Object.keys(snapshot.queries).sort()).toEqual(profiledQueries());
  });

  it.each(profiledQueries())('%s stays within 20%% of its snapshot', async (name) => {
    const baseline = snapshot.queries[name];
    if (baseline === undefined) throw new Error(`${name} is not in test/plans/db-hits.json: run npm run plans:update.`);
    const hits = await profileDbHits(getDriver(), testDatabase(), name);
    expect(hits).toBeGreaterThan(0);
    const growth = (hits - baseline) / baseline;
    if (growth > ALLOWED_GROWTH) {
      throw new Error(
        `${name}: ${hits} db hits, ${baseline} in the snapshot (+${(growth * 100).toFixed(1)}%, over the ` +
          `${ALLOWED_GROWTH * 100}% allowed). PROFILE the query to see which operator grew; if the change is ` +
          'intended, run npm run plans:update.',
      );
    }
  });
});
