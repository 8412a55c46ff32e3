/**
 * `npm run bench:curation`: the cost of a curation write through the HTTP API — latency
 * p50/p95 of assertFact with one evidence record (the issue's figure), of createEntity and
 * addEvidence beside it — and the size of the journal each write appends (the UTF-8 bytes
 * of its :Change records' property values, as src/curation/journal.ts journalBytes counts).
 *
 * Sequential writes on loopback by one editor key (the per-key write rate limit is off for
 * the run), against the seed graph: each iteration creates an entity citing a synthetic
 * test text (test/fixtures/sources) and asserts a relationship from it to a seed office.
 * Everything the run wrote is removed at the end.
 */
import path from 'node:path';
import { Command } from 'commander';
import { createKey } from '../src/auth/keys';
import { effectiveUri, loadConfig, PROJECT_ROOT } from '../src/config';
import { Graph } from '../src/db/driver';
import { seed } from '../src/db/runner';
import { startService } from '../src/server';
import { bulletinSource } from '../src/docs/bulletin';
import { machineDescription, runBenchCommand, withBenchDatabase, writeLatest } from './support';

const TEXTS = path.join(PROJECT_ROOT, 'test/fixtures/sources');
const TAG = 'bench-curation';

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const EVIDENCE = {
  attribution: 'reporting',
  attributedTo: 'The Imaginary Border Bulletin',
  confidence: 0.8,
  status: 'asserted',
};

async function main(opts: { iterations: string; warmup: string }): Promise<void> {
  const n = Number(opts.iterations);
  const warmup = Number(opts.warmup);
  if (!Number.isInteger(n) || n < 10) throw new Error('--iterations must be a whole number >= 10');
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error('--warmup must be a whole number >= 0');
  const config = loadConfig();
  await withBenchDatabase(config, async (driver) => {
    const db = config.neo4j.database;
    const cypher = async (q: string, p: Record<string, unknown> = {}) =>
      (await driver.executeQuery(q, p, { database: db })).records.map((r) => r.toObject());
    const graph = new Graph(driver, db, config.neo4j.queryTimeoutMs);
    const service = await startService(graph, 0, '127.0.0.1', {
      limits: { rateLimitPerMinute: 0, clientMaxConcurrent: 0 },
      auth: { writeLimits: { ratePerMinute: 0 } },
      curation: { sourcesDir: TEXTS },
    });
    const run = `${Date.now().toString(36)}`;
    const source = `source:${TAG}-${run}`;
    const cleanUp = async () => {
      await cypher(
        `MATCH (n) WHERE (n:Entity OR n:Retracted OR n:Merged OR n:Source) AND n.id CONTAINS $tag DETACH DELETE n`,
        { tag: TAG },
      );
      await cypher(`MATCH (e:Evidence) WHERE e.factId CONTAINS $tag OR e.sourceId CONTAINS $tag DELETE e`, {
        tag: TAG,
      });
      await cypher(`MATCH (c:Change) WHERE c.holder = $holder DELETE c`, { holder: `${TAG}-editor` });
      await cypher(`MATCH (k:ApiKey) WHERE k.holder = $holder DELETE k`, { holder: `${TAG}-editor` });
    };
    try {
      console.log(`Seeding ${effectiveUri(config)} (idempotent)...`);
      await seed(driver, { database: db });
      await cleanUp();
      const key = (await createKey(graph, { holder: `${TAG}-editor`, role: 'editor' })).secret;
      const write = async (query: string, input: Record<string, unknown>) => {
        const t = process.hrtime.bigint();
        const res = await fetch(service.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query, variables: { input } }),
        });
        const json = (await res.json()) as { data?: Record<string, { changeId: string }>; errors?: unknown };
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        if (json.errors) throw new Error(JSON.stringify(json.errors));
        return { ms, changeId: Object.values(json.data!)[0]!.changeId };
      };
      const m = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { changeId } }`;
      await write(m('registerSource', 'RegisterSourceInput'), bulletinSource(source, 'Benchmark source'));

      const series: Record<string, { ms: number[]; bytes: number[] }> = {
        createEntity: { ms: [], bytes: [] },
        assertFact: { ms: [], bytes: [] },
        addEvidence: { ms: [], bytes: [] },
      };
      const changeIds: Record<string, string[]> = { createEntity: [], assertFact: [], addEvidence: [] };
      console.log(
        `Benchmark: ${n} x (createEntity, assertFact with 1 evidence record, addEvidence) sequentially, ` +
          `after ${warmup} unmeasured rounds.\n`,
      );
      for (let i = -warmup; i < n; i++) {
        const id = `person:${TAG}-${run}-${i < 0 ? `w${-i}` : i}`;
        const c = await write(m('createEntity', 'CreateEntityInput'), {
          sourceId: source,
          label: 'Person',
          id,
          name: 'Andrés Manuel López Obrador',
          evidence: [{ excerpt: 'Andrés Manuel López Obrador', ...EVIDENCE }],
          reason: 'benchmark',
        });
        const a = await write(m('assertFact', 'AssertFactInput'), {
          sourceId: source,
          type: 'HOLDS_OFFICE',
          from: id,
          to: 'office:mx-president',
          evidence: [{ excerpt: 'Mexican President Andrés Manuel López Obrador', ...EVIDENCE }],
          reason: 'benchmark',
        });
        const e = await write(m('addEvidence', 'AddEvidenceInput'), {
          sourceId: source,
          factId: id,
          evidence: [{ excerpt: 'López Obrador met his cabinet', ...EVIDENCE }],
          reason: 'benchmark',
        });
        if (i < 0) continue; // warm-up (JIT, caches, connection pool)
        for (const [op, r] of [
          ['createEntity', c],
          ['assertFact', a],
          ['addEvidence', e],
        ] as const) {
          series[op]!.ms.push(r.ms);
          changeIds[op]!.push(r.changeId);
        }
      }
      // Journal size: the change records each write appended.
      for (const op of Object.keys(series)) {
        const rows = await cypher(
          'UNWIND $ids AS id MATCH (c:Change {changeId: id}) RETURN id, collect(properties(c)) AS records',
          { ids: changeIds[op] },
        );
        for (const r of rows) {
          const records = (r.records as Record<string, unknown>[]).map((p) => ({
            ...p,
            recordedAt: String(p.recordedAt),
          }));
          series[op]!.bytes.push(records.reduce((s, p) => s + Buffer.byteLength(JSON.stringify(p), 'utf8'), 0));
        }
      }
      const quarter = Math.max(1, Math.floor(n / 4));
      const rows = Object.entries(series).map(([op, s]) => {
        const ms = [...s.ms].sort((a, b) => a - b);
        // Does a write get dearer as the journal and the source's evidence grow? First vs last quarter.
        const firstQuarter = s.ms.slice(0, quarter).sort((a, b) => a - b);
        const lastQuarter = s.ms.slice(-quarter).sort((a, b) => a - b);
        const bytes = [...s.bytes].sort((a, b) => a - b);
        return {
          write: op,
          p50ms: percentile(ms, 50),
          p95ms: percentile(ms, 95),
          p50msFirstQuarter: percentile(firstQuarter, 50),
          p50msLastQuarter: percentile(lastQuarter, 50),
          journalBytesMedian: percentile(bytes, 50),
          journalBytesMax: bytes[bytes.length - 1],
        };
      });
      for (const r of rows) {
        console.log(
          `${r.write.padEnd(14)} p50 ${r.p50ms.toFixed(1).padStart(7)} ms  p95 ${r.p95ms.toFixed(1).padStart(7)} ms ` +
            `(p50 first/last quarter ${r.p50msFirstQuarter.toFixed(0)}/${r.p50msLastQuarter.toFixed(0)} ms) | ` +
            `journal per write: median ${r.journalBytesMedian} B, max ${r.journalBytesMax} B`,
        );
      }
      const machine = machineDescription();
      console.log(`\n${machine}`);
      writeLatest('curation', { at: new Date().toISOString(), machine, iterations: n, rows });
    } finally {
      await cleanUp().catch(() => undefined);
      await service.stop();
    }
  });
}

runBenchCommand(
  new Command()
    .name('bench:curation')
    .description(
      'p50/p95 latency of curation writes (assertFact with evidence, createEntity, addEvidence) via the HTTP API, and ' +
        'the journal bytes each appends. Uses NEO4J_URI, or starts (and afterwards stops) the bundled local Neo4j.',
    )
    .option('-n, --iterations <n>', 'measured writes of each kind', '200')
    .option('-w, --warmup <n>', 'unmeasured rounds first', '30')
    .action(main),
);
