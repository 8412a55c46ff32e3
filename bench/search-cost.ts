/**
 * `npm run bench:search`: what one forgiving search and one name look-up cost the
 * database (issue 13: "no request can occupy the database for seconds"). Not a test:
 * it measures and prints. A throwaway Neo4j is loaded with the tiny synthetic corpus
 * (plus the schema's full-text indexes), then each case runs the named query the API
 * runs, with the parameters the API builds, 10 times through the driver; the figures
 * are the median and the maximum, and the PROFILE db hits of one run.
 */
import { declaredQuery } from '../src/db/queries';
import { queryParams, queryText } from '../src/db/query';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { parseConfig } from '../src/config';
import { generateCorpus } from '../src/corpus/generate';
import { loadCorpus } from '../src/load/online';
import { createDriver } from '../src/db/driver';
import { namePhraseQuery, suggestionQuery } from '../src/graphql/names';
import { HITS_PER_QUERY, searchPlan } from '../src/graphql/search';
import { SEARCH_BUDGET } from '../src/graphql/search-budget';
import { startThrowawayNeo4j } from './scale/throwaway-neo4j';

const rnd = (n: number, seed: number): string =>
  Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7 + seed * 13) % 26]).join('');

const search = (text: string) => {
  const plan = searchPlan(text);
  const none = { minSources: null, attributions: null, statuses: null, disputed: null };
  return {
    queries: plan.queries,
    words: plan.words.length,
    perQuery: HITS_PER_QUERY,
    types: null,
    limit: 100,
    minConfidence: 0,
    ...none,
  };
};

async function main(): Promise<void> {
  console.log('Starting a throwaway Neo4j and loading the tiny synthetic corpus...');
  const db = await startThrowawayNeo4j({ heap: '768m', pageCache: '128m' });
  const driver = createDriver(parseConfig({ NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password }));
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-search-corpus-'));
  try {
    await generateCorpus({ seed: 20240503, countries: 12, actors: 300, events: 1500 }, corpus);
    await loadCorpus(driver, { dir: corpus, database: 'neo4j', target: db.uri });
    const { migrate } = await import('../src/db/runner');
    await migrate(driver, { database: 'neo4j' });
    const [{ entities, evidence }] = (
      await driver.executeQuery(
        'MATCH (n:Entity) WITH count(n) AS entities MATCH (e:Evidence) RETURN entities, count(e) AS evidence',
        {},
        { database: 'neo4j' },
      )
    ).records.map((r) => r.toObject()) as [{ entities: number; evidence: number }];
    const [{ name }] = (
      await driver.executeQuery(
        'MATCH (p:Person) RETURN p.name AS name ORDER BY p.id LIMIT 1',
        {},
        { database: 'neo4j' },
      )
    ).records.map((r) => r.toObject()) as [{ name: string }];
    console.log(`Corpus: ${entities} entities, ${evidence} evidence records; a person: "${name}"`);

    const dearest = Array.from({ length: SEARCH_BUDGET.maxWords }, (_, i) =>
      rnd(SEARCH_BUDGET.maxTwoEditLength, i),
    ).join(' ');
    const cases: [string, string, Record<string, unknown>][] = [
      ['search: one common word', 'search/entities', search('country')],
      [`search: a person's name`, 'search/entities', search(name)],
      [
        `search: the dearest the budget allows (${SEARCH_BUDGET.maxWords} words of ${SEARCH_BUDGET.maxTwoEditLength} letters)`,
        'search/entities',
        search(dearest),
      ],
      [
        'name look-up: 5 arguments in one batch',
        'entity/resolve',
        {
          keys: [name, 'country', 'person:nobody', 'x y z', name.split(' ')[0]!].map((key) => ({
            key,
            lucene: namePhraseQuery(key),
          })),
        },
      ],
      [
        'did-you-mean suggestions',
        'entity/suggestions',
        { lucene: suggestionQuery(`${name}x`), prefix: 'person:', limit: 50 },
      ],
    ];
    console.log(`\n| case | median ms | max ms | db hits |\n| --- | --- | --- | --- |`);
    for (const [label, query, params] of cases) {
      const declared = declaredQuery(query);
      const text = queryText(declared);
      const p = queryParams(declared, params);
      const ms: number[] = [];
      for (let i = 0; i < 11; i++) {
        const t = performance.now();
        await driver.executeQuery(text, p, { database: 'neo4j', routing: neo4j.routing.READ });
        if (i > 0) ms.push(performance.now() - t); // the first run warms the plan cache
      }
      const profile = await driver.executeQuery(`PROFILE ${text}`, p, { database: 'neo4j' });
      const hits = (function sum(plan: { dbHits?: number; children?: unknown[] } | null | undefined): number {
        if (!plan) return 0;
        return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((n: number, c) => n + sum(c as never), 0);
      })(profile.summary.profile as never);
      ms.sort((a, b) => a - b);
      console.log(`| ${label} | ${ms[5]!.toFixed(1)} | ${ms[ms.length - 1]!.toFixed(1)} | ${hits} |`);
    }
  } finally {
    await driver.close();
    await db.stop();
    fs.rmSync(corpus, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
