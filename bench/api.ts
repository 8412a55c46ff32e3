/**
 * `npm run bench:api`: latency of each research query on the seed graph through the
 * HTTP GraphQL API, and of the same named Cypher through the driver directly, in one
 * run (the machines are noisy: only same-run comparisons mean anything).
 *
 * "The same Cypher" is taken literally: the benchmark records every named query (with
 * its parameters) that the API runs to answer a request, then replays exactly that
 * sequence through the driver. The ratio is the API's own overhead: HTTP, parsing,
 * validation incl. armor limits, resolvers, JSON, and the API running some queries
 * one after another where a hand-written client might not. Sequential requests on
 * loopback; concurrency and large graphs are `npm run bench` (bench/scale).
 */
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { effectiveUri, loadConfig } from '../src/config';
import { AnyQuery, QueryBounds, queryParams, queryText } from '../src/db/query';
import { Graph } from '../src/db/driver';
import { seed } from '../src/db/runner';
import { startService } from '../src/server';
import { machineDescription, runBenchCommand, withBenchDatabase, writeLatest } from './support';

interface Case {
  name: string;
  graphql: string;
}

/** Research queries as a researcher would write them, evidence included. */
const CASES: Case[] = [
  { name: 'search', graphql: '{ search(query: "Lopez Obrador", first: 20) { score entity { id name entityType } } }' },
  {
    name: 'entity + 1 page of relationships',
    graphql:
      '{ entity(id: "person:lopez-obrador") { id name aliases relationshipCounts { type direction count } ' +
      'relationships(type: "PARTICIPATED_IN", first: 10) { edges { node { sentence evidence { excerpt source { title } } } } } } }',
  },
  {
    name: 'neighbourhood (depth 2)',
    graphql:
      '{ neighbourhood(id: "person:lopez-obrador", depth: 2, limit: 200) { nodes { id name } relationships { type from { id } to { id } evidence { excerpt confidence } } } }',
  },
  {
    name: 'linkagePaths (k=3, 4 hops)',
    graphql:
      '{ linkagePaths(from: "person:harris", to: "event:2021-03-us-agrees-vaccine-doses", k: 3, maxHops: 4) { length hops { sentence relationship { evidence { excerpt attribution confidence } } } } }',
  },
  {
    name: 'timeline (country pair)',
    graphql:
      '{ timeline(countries: ["country:us", "country:mx"]) { date event { id name } participants { role from { name } } } }',
  },
  {
    name: 'exchangeLedger',
    graphql:
      '{ exchangeLedger(countryA: "country:us", countryB: "country:mx") { exchanges { exchange { id name } concessions { side concession { name } } } coercions { entity { id } relationships { type role evidence { excerpt } } } } }',
  },
  {
    name: 'asOf',
    graphql:
      '{ asOf(date: "2019-07-01") { officesHeld { sentence evidence { excerpt } } policiesInForce { id } policyActions { sentence } } }',
  },
];

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function time(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out.sort((a, b) => a - b);
}

async function main(opts: { iterations: string; warmup: string }): Promise<void> {
  const iterations = Number(opts.iterations);
  const warmup = Number(opts.warmup);
  if (!Number.isInteger(iterations) || iterations < 10) throw new Error('--iterations must be a whole number >= 10');
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup must be a whole number >= 0');
  const config = loadConfig();
  await withBenchDatabase(config, async (driver) => {
    let recording: { query: AnyQuery; params: Record<string, unknown>; bounds?: QueryBounds }[] | undefined;
    const graph = new Graph(driver, config.neo4j.database, config.neo4j.queryTimeoutMs, (query, params, bounds) =>
      recording?.push({ query, params, bounds }),
    );
    // A benchmark client is one busy client: the per-client limits would measure themselves.
    const service = await startService(graph, 0, '127.0.0.1', {
      limits: { rateLimitPerMinute: 0, clientMaxConcurrent: 0 },
    });
    try {
      console.log(`Seeding ${effectiveUri(config)} (idempotent)...`);
      await seed(driver, { database: config.neo4j.database });
      console.log(
        `Benchmark: ${CASES.length} queries x ${iterations} sequential runs (after ${warmup} warm-up runs) each way.\n`,
      );
      const rows: Record<string, unknown>[] = [];
      for (const c of CASES) {
        const body = JSON.stringify({ query: c.graphql });
        const viaApi = async () => {
          const res = await fetch(service.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          const json = (await res.json()) as { errors?: unknown };
          if (json.errors) throw new Error(`${c.name}: ${JSON.stringify(json.errors)}`);
        };
        // Record the named queries the API runs for this request, then replay them as is.
        recording = [];
        await viaApi();
        const replay = recording.map((q) => ({
          query: queryText(q.query, q.bounds),
          params: queryParams(q.query, q.params),
        }));
        recording = undefined;
        const viaDriver = async () => {
          for (const q of replay) {
            const session = driver.session({ database: config.neo4j.database, defaultAccessMode: neo4j.session.READ });
            try {
              await session.executeRead((tx) => tx.run(q.query, q.params));
            } finally {
              await session.close();
            }
          }
        };
        await time(warmup, viaApi);
        await time(warmup, viaDriver);
        // Interleave the two series in halves so drift on a noisy machine hits both alike.
        const half = Math.ceil(iterations / 2);
        const api = [...(await time(half, viaApi)), ...(await time(iterations - half, viaApi))].sort((a, b) => a - b);
        const drv = [...(await time(half, viaDriver)), ...(await time(iterations - half, viaDriver))].sort(
          (a, b) => a - b,
        );
        const row = {
          query: c.name,
          cypherQueries: replay.length,
          apiP50: percentile(api, 50),
          apiP95: percentile(api, 95),
          driverP50: percentile(drv, 50),
          driverP95: percentile(drv, 95),
          ratioP50: percentile(api, 50) / percentile(drv, 50),
        };
        rows.push(row);
        console.log(
          `${c.name.padEnd(34)} (${row.cypherQueries} Cypher) API p50 ${row.apiP50.toFixed(2).padStart(7)} ms  p95 ${row.apiP95.toFixed(2).padStart(7)} ms | ` +
            `driver p50 ${row.driverP50.toFixed(2).padStart(7)} ms  p95 ${row.driverP95.toFixed(2).padStart(7)} ms | ` +
            `API/driver p50 ${row.ratioP50.toFixed(2)}x`,
        );
      }
      const machine = machineDescription();
      console.log(`\n${machine}`);
      writeLatest('api', { at: new Date().toISOString(), machine, iterations, rows });
    } finally {
      await service.stop();
    }
  });
}

runBenchCommand(
  new Command()
    .name('bench:api')
    .description(
      'p50/p95 of each research query on the seed graph via the HTTP API and via the driver directly, and their ratio. ' +
        'Uses NEO4J_URI, or starts (and afterwards stops) the bundled local Neo4j.',
    )
    .option('-n, --iterations <n>', 'measured runs per query and path', '200')
    .option('-w, --warmup <n>', 'warm-up runs per query and path', '30')
    .action(main),
);
