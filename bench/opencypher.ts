/**
 * `npm run bench:opencypher [-- --runs 20]`: latency of each query shape graph-explorer
 * sends to /openCypher (the templates in test/opencypher/graph-explorer-connector.ts),
 * on the configured database (`npm run db:start`, seeded), through a real HTTP server
 * on loopback, next to:
 *   - parse: parsing and rewriting the text (Neo4j's grammar), without the rewrite cache;
 *   - driver: the rewritten query run through the driver directly, in a read transaction.
 * The endpoint's own cost is roughly end-to-end minus driver. Sequential requests; the
 * machines are noisy, so only same-run comparisons mean anything.
 */
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { createDriver, Graph } from '../src/db/driver';
import { parseQuery } from '../src/opencypher/parse';
import { rewriteQuery } from '../src/opencypher/rewrite';
import { startService } from '../src/server';
import {
  edgeConnectionsTemplate,
  edgeDetailsTemplate,
  edgeLabelsTemplate,
  edgesSchemaTemplate,
  keywordSearchTemplate,
  neighborCountsTemplate,
  oneHopTemplate,
  SEARCH_TOKENS,
  vertexDetailsTemplate,
  vertexLabelsTemplate,
  verticesSchemaTemplate,
} from '../test/opencypher/graph-explorer-connector';

const OBRADOR = 'person:lopez-obrador';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(runs: number, work: () => unknown): Promise<{ p50: number; p95: number }> {
  await work(); // warm: plan cache, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function main(): Promise<void> {
  const { runs } = new Command()
    .option('--runs <n>', 'timed runs per query (after one warm-up)', (v) => Number(v), 20)
    .parse()
    .opts<{ runs: number }>();
  const config = loadConfig();
  const driver = createDriver(config);
  await driver.verifyConnectivity({ database: config.neo4j.database });
  const graph = new Graph(driver, config.neo4j.database, config.neo4j.queryTimeoutMs);
  const service = await startService(graph, 0, '127.0.0.1', { openCypher: { ...config.openCypher, enabled: true } });
  const endpoint = service.url.replace(/\/graphql$/, '/openCypher');
  const post = async (query: string): Promise<unknown> => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
    return res.json();
  };
  try {
    const summary = (await (await fetch(service.url.replace(/\/graphql$/, '/summary'))).json()) as {
      payload: { graphSummary: { nodeLabels: string[]; edgeLabels: string[] } };
    };
    const { nodeLabels, edgeLabels } = summary.payload.graphSummary;
    const hop = (await post(oneHopTemplate({ vertexId: OBRADOR, limit: 10 }))) as {
      results: { vObjects: { '~id': string }[]; eObjects: { '~id': string }[] }[];
    };
    const neighbourIds = hop.results[0]!.vObjects.map((v) => v['~id']);
    const edgeIds = hop.results[0]!.eObjects.map((e) => e['~id']);
    const cases: [string, string][] = [
      ['label counts', vertexLabelsTemplate()],
      ['edge type counts', edgeLabelsTemplate()],
      [`node samples (${nodeLabels.length} labels)`, verticesSchemaTemplate({ types: nodeLabels })],
      [`edge samples (${edgeLabels.length} types)`, edgesSchemaTemplate({ types: edgeLabels })],
      [`edge connections (${edgeLabels.length} types)`, edgeConnectionsTemplate({ types: edgeLabels })],
      [
        'search: id, exact',
        keywordSearchTemplate({
          searchTerm: OBRADOR,
          searchByAttributes: [SEARCH_TOKENS.NODE_ID],
          exactMatch: true,
          limit: 10,
        }),
      ],
      [
        'search: "Obrador", all strings, partial',
        keywordSearchTemplate({
          searchTerm: 'Obrador',
          searchByAttributes: [SEARCH_TOKENS.NODE_ID, 'name', 'aliasText', 'description', 'excerpt'],
          exactMatch: false,
          limit: 10,
        }),
      ],
      ['neighbours (limit 10)', oneHopTemplate({ vertexId: OBRADOR, limit: 10 })],
      ['neighbour counts', neighborCountsTemplate([OBRADOR, ...neighbourIds])],
      [`vertex details (${neighbourIds.length})`, vertexDetailsTemplate(neighbourIds)],
      [`edge details (${edgeIds.length})`, edgeDetailsTemplate(edgeIds)],
    ];
    console.log(`${runs} runs each after one warm-up; milliseconds, p50 / p95\n`);
    console.log(`${'query'.padEnd(42)} ${'endpoint'.padStart(15)} ${'driver'.padStart(15)} ${'parse'.padStart(15)}`);
    for (const [name, query] of cases) {
      const rewritten = rewriteQuery(query);
      const http = await timed(runs, () => post(query));
      const direct = await timed(runs, () =>
        driver.executeQuery(rewritten, {}, { database: config.neo4j.database, routing: neo4j.routing.READ }),
      );
      const parse = await timed(runs, () => parseQuery(query));
      const cell = (t: { p50: number; p95: number }): string =>
        `${t.p50.toFixed(1)} / ${t.p95.toFixed(1)}`.padStart(15);
      console.log(`${name.padEnd(42)} ${cell(http)} ${cell(direct)} ${cell(parse)}`);
    }
  } finally {
    await service.stop();
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
