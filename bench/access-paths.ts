/**
 * `npm run bench:access-paths`: PROFILE db hits per request of the research queries that use the
 * precomputed access paths (docs/ontology.md, Access paths), with the parameters the scale bench
 * (bench/scale/cases.ts) picks from the loaded corpus: timeline, exchangeLedger (the ledger and its
 * concessions), asOf (offices held, policies in force, policy actions) and the country/office
 * lookups. Db hits, not wall time: they do not depend on the machine's load. Reads the database
 * of .env (NEO4J_URI…); load a corpus first (npm run generate, npm run load:bulk).
 */
import { declaredQuery, research } from '../src/db/queries';
import { executeQuery, queryParams, queryText } from '../src/db/query';
import fs from 'node:fs';
import neo4j, { ProfiledPlan } from 'neo4j-driver';
import { effectiveUri, loadConfig } from '../src/config';
import { cypherDate } from '../src/graphql/validate';
import { totalDbHits } from '../test/plans/profile';
import { pick } from './scale/cases';

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(
      'Usage: npm run bench:access-paths [-- --rows <file>]\n\nPROFILEs the research queries against the database of .env.\n' +
        "--rows <file>  also write every query's rows there as JSON (to compare two versions of the queries).",
    );
    return;
  }
  const config = loadConfig();
  const { user, password, database } = config.neo4j;
  const uri = effectiveUri(config);
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  try {
    const p = await pick(driver, database);
    const any = { minSources: null, attributions: null, statuses: null, disputed: null, minConfidence: 0 };
    const ledger = { countryA: p.countryA, countryB: p.countryB, from: null, to: null };
    const exchanges = (await executeQuery(driver, { database, routing: 'READ' }, research.exchangeLedger, ledger))
      .filter((r) => r.kind === 'exchange')
      .map((r) => r.id);
    const offices = (
      await driver.executeQuery('MATCH (o:Office) RETURN o.id AS id ORDER BY id LIMIT 20', {}, { database })
    ).records.map((r) => r.get('id') as string);
    const asOf = cypherDate('2015-06-01');
    const cases: [string, string, Record<string, unknown>][] = [
      [
        'timeline (two countries, 2015-2019, 100)',
        'research/timeline',
        {
          actor: null,
          issue: null,
          countryA: p.countryA,
          countryB: p.countryB,
          from: cypherDate('2015-01-01'),
          to: cypherDate('2019-12-31'),
          limit: 100,
          ...any,
        },
      ],
      [
        'timeline (actor)',
        'research/timeline',
        {
          actor: p.typicalActor,
          issue: null,
          countryA: null,
          countryB: null,
          from: null,
          to: null,
          limit: 100,
          ...any,
        },
      ],
      ['exchangeLedger: exchange-ledger', 'research/exchange-ledger', ledger],
      [
        `exchangeLedger: concessions (${exchanges.length} exchanges)`,
        'research/concessions',
        { ids: exchanges, countryA: p.countryA, countryB: p.countryB },
      ],
      ['asOf: offices-held', 'research/offices-held', { asOf, country: p.countryA, holder: null, limit: 100 }],
      ['asOf: policies-in-force', 'research/policies-in-force', { asOf, owner: p.countryA, limit: 100 }],
      ['asOf: policy-actions', 'research/policy-actions', { asOf, owner: p.countryA, limit: 100 }],
      ['country-offices (2 countries)', 'entity/country-offices', { ids: [p.countryA, p.countryB], limit: 200 }],
      ['office-countries (20 offices)', 'entity/office-countries', { ids: offices, limit: 200 }],
    ];
    console.log(`countries ${p.countryA}, ${p.countryB}; actor ${p.typicalActor}`);
    const rowsFile = process.argv.includes('--rows') ? process.argv[process.argv.indexOf('--rows') + 1] : undefined;
    const allRows: Record<string, unknown[]> = {};
    const session = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      for (const [label, name, params] of cases) {
        let hits = 0;
        let rows = 0;
        for (let i = 0; i < 2; i++) {
          const query = declaredQuery(name);
          const r = await session.run(`PROFILE ${queryText(query)}`, queryParams(query, params));
          hits = totalDbHits(r.summary.profile as ProfiledPlan);
          rows = r.records.length;
          allRows[label] = r.records.map((x) => x.toObject());
        }
        console.log(`${label.padEnd(46)} ${String(hits).padStart(10)} db hits ${String(rows).padStart(6)} rows`);
      }
    } finally {
      await session.close();
    }
    if (rowsFile) fs.writeFileSync(rowsFile, JSON.stringify(allRows, null, 1) + '\n');
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:access-paths: ${(error as Error).message}`);
  process.exit(1);
});
