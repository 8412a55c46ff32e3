/**
 * `npm run bench:hardening`: the figures issue 15 asks for, printed (and written to
 * bench/results/hardening-latest.json). Not a test: it measures, it does not judge.
 *
 *   1. GraphQL p50/p95 with no export traffic, and while 150 slow export readers
 *      (each from its own loopback address, so per-client limits do not shield the
 *      service; each re-requests after Retry-After when turned away) are connected;
 *   2. the database time of the dearest search request the budget allows (a ~100 KB
 *      body), replayed query by query through the driver, and the budget's refusal
 *      of the issue's 12 x 1,000-character words;
 *   3. the time from stopping the database (SIGTERM) to the first DATABASE_UNAVAILABLE
 *      under load, and how fast answers come while it is down;
 *   4. the restart race: SIGTERM to `npm start`'s process group and a new `npm start`
 *      0.5 s later, time until the new one is ready.
 *
 * Uses a throwaway Neo4j loaded with the tiny synthetic corpus, and for (4) a bundled
 * Neo4j in a temporary directory; both are removed afterwards. Loopback only.
 * `--skip-restart-race` leaves out (4), the slowest part.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { DEFAULT_LIMITS, parseConfig, PROJECT_ROOT } from '../src/config';
import { generateCorpus } from '../src/corpus/generate';
import { loadCorpus } from '../src/load/online';
import { DatabaseCircuit } from '../src/db/circuit';
import { createDriver, Graph } from '../src/db/driver';
import { AnyQuery, queryParams, queryText } from '../src/db/query';
import { freePort, LocalNeo4j } from '../src/db/local-server';
import { SEARCH_BUDGET } from '../src/graphql/search-budget';
import { startService } from '../src/server';
import { startThrowawayNeo4j } from './scale/throwaway-neo4j';

const log = (line: string): void => console.log(line);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const rnd = (n: number): string =>
  Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');

const QUERY = JSON.stringify({
  query: '{ search(query: "Mexico", first: 10) { score entity { id name } } health { status } }',
});

async function graphqlLatencies(url: string, n: number): Promise<{ ms: number[]; errors: number }> {
  const ms: number[] = [];
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    const json = (await res.json()) as { errors?: unknown };
    ms.push(performance.now() - t);
    if (json.errors) errors++;
  }
  return { ms, errors };
}

/** A client that requests an export and never reads it; turned away, it comes back after Retry-After. */
function slowReader(url: string, n: number, stats: Record<string, number>, running: () => boolean): Promise<void> {
  const localAddress = `127.0.${1 + Math.floor(n / 250)}.${1 + (n % 250)}`;
  return (async () => {
    while (running()) {
      const outcome = await new Promise<{ status: number; retryAfter: number }>((resolve) => {
        const req = http.get(url, { agent: false, localAddress });
        req.on('response', (res) => {
          const status = res.statusCode ?? 0;
          stats[status] = (stats[status] ?? 0) + 1;
          if (status !== 200) {
            res.resume();
            resolve({ status, retryAfter: Number(res.headers['retry-after'] ?? 1) });
            return;
          }
          res.pause(); // never read: hold the connection until the server cuts it off
          res.on('close', () => resolve({ status, retryAfter: 0 }));
          res.on('error', () => undefined);
        });
        req.on('error', () => {
          stats.error = (stats.error ?? 0) + 1;
          resolve({ status: -1, retryAfter: 1 });
        });
        const stop = setInterval(() => {
          if (!running()) {
            clearInterval(stop);
            req.destroy();
          }
        }, 200);
        req.on('close', () => clearInterval(stop));
      });
      if (outcome.retryAfter > 0) await sleep(outcome.retryAfter * 1000);
    }
  })();
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {
    at: new Date().toISOString(),
    machine: `${os.cpus().length} cores, node ${process.version}`,
  };
  log('Starting a throwaway Neo4j and loading the tiny synthetic corpus...');
  const db = await startThrowawayNeo4j({ heap: '768m', pageCache: '128m' });
  const config = parseConfig({ NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password });
  const driver = createDriver(config);
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-bench-corpus-'));
  try {
    await generateCorpus({ seed: 20240503, countries: 12, actors: 300, events: 1500 }, corpus);
    await loadCorpus(driver, { dir: corpus, database: 'neo4j', target: db.uri });
    const { migrate } = await import('../src/db/runner');
    await migrate(driver, { database: 'neo4j' });

    // --- 1. GraphQL latency with and without 150 slow export readers (default limits) -----------
    const recorded: { query: AnyQuery; params: Record<string, unknown> }[] = [];
    const graph = new Graph(
      driver,
      'neo4j',
      15_000,
      (query, params) => recorded.push({ query, params }),
      new DatabaseCircuit(),
    );
    const service = await startService(graph, 0, '127.0.0.1');
    const base = service.url.replace(/\/graphql$/, '');
    await graphqlLatencies(service.url, 20);
    const quiet = await graphqlLatencies(service.url, 200);
    log(`\n1. GraphQL (search + health), 200 sequential requests, default limits (${JSON.stringify(DEFAULT_LIMITS)})`);
    log(
      `   no export traffic:          p50 ${pct(quiet.ms, 50).toFixed(1)} ms, p95 ${pct(quiet.ms, 95).toFixed(1)} ms, errors ${quiet.errors}`,
    );
    let on = true;
    const stats: Record<string, number> = {};
    const readers = Array.from({ length: 150 }, (_, i) =>
      slowReader(`${base}/export/graph.graphml`, i, stats, () => on),
    );
    await sleep(3000);
    const loaded = await graphqlLatencies(service.url, 200);
    on = false;
    await Promise.all(readers);
    log(
      `   150 slow export readers:    p50 ${pct(loaded.ms, 50).toFixed(1)} ms, p95 ${pct(loaded.ms, 95).toFixed(1)} ms, errors ${loaded.errors}`,
    );
    log(`   export answers meanwhile:   ${JSON.stringify(stats)} (200 = got a slot and stalled, 503 = SERVICE_BUSY)`);
    results.graphqlUnderSlowReaders = {
      quietP50: pct(quiet.ms, 50),
      quietP95: pct(quiet.ms, 95),
      loadedP50: pct(loaded.ms, 50),
      loadedP95: pct(loaded.ms, 95),
      loadedErrors: loaded.errors,
      exportAnswers: stats,
    };

    // --- 2. The dearest search request the budget allows ----------------------------------------
    const worst: number[] = [];
    const httpMs: number[] = [];
    for (let round = 0; round < 10; round++) {
      const fields = Array.from({ length: SEARCH_BUDGET.maxSearchesPerRequest }, (_, s) => {
        const q = Array.from({ length: SEARCH_BUDGET.maxWords }, () => rnd(SEARCH_BUDGET.maxTwoEditLength)).join(' ');
        return `s${s}: search(query: ${JSON.stringify(q)}, first: 100) { score entity { id } }`;
      });
      const body = JSON.stringify({ query: `{ ${fields.join(' ')} }\n#${'x'.repeat(100 * 1024 - 2000)}` });
      recorded.length = 0;
      const t = performance.now();
      await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      httpMs.push(performance.now() - t);
      // Database time: each search the request ran, replayed alone through the driver.
      let dbMs = 0;
      for (const q of recorded.filter((r) => r.query.name.startsWith('search/'))) {
        const t2 = performance.now();
        await driver.executeQuery(queryText(q.query), queryParams(q.query, q.params), {
          database: 'neo4j',
          routing: neo4j.routing.READ,
        });
        dbMs += performance.now() - t2;
      }
      worst.push(dbMs);
    }
    const issueBody = JSON.stringify({
      query: `{ search(query: ${JSON.stringify(Array.from({ length: 12 }, () => rnd(1000)).join(' '))}) { score } }`,
    });
    const t3 = performance.now();
    const refused = (await (
      await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: issueBody })
    ).json()) as {
      errors?: { extensions: { code: string } }[];
    };
    const refusedMs = performance.now() - t3;
    log(
      `\n2. Dearest search request within the budget (${SEARCH_BUDGET.maxSearchesPerRequest} searches x ${SEARCH_BUDGET.maxWords} words of ${SEARCH_BUDGET.maxTwoEditLength} letters, ~100 KB body), 10 random rounds`,
    );
    log(
      `   database time per request:  median ${pct(worst, 50).toFixed(0)} ms, max ${Math.max(...worst).toFixed(0)} ms`,
    );
    log(
      `   HTTP time per request:      median ${pct(httpMs, 50).toFixed(0)} ms, max ${Math.max(...httpMs).toFixed(0)} ms`,
    );
    log(
      `   the issue's 12 x 1,000-character words: ${refused.errors?.[0]?.extensions.code} in ${refusedMs.toFixed(0)} ms, no database time`,
    );
    results.worstSearch = {
      dbMedianMs: pct(worst, 50),
      dbMaxMs: Math.max(...worst),
      httpMedianMs: pct(httpMs, 50),
      issueRequest: refused.errors?.[0]?.extensions.code,
    };

    // --- 3. Time to the first DATABASE_UNAVAILABLE while the database stops ---------------------
    // Eight clients from one address would be rate limited (429) long before the database stops:
    // this phase measures the database circuit, so it runs against a service without per-client limits.
    await service.stop();
    const unlimited = await startService(graph, 0, '127.0.0.1', {
      limits: { rateLimitPerMinute: 0, clientMaxConcurrent: 0 },
    });
    const answers: { at: number; ms: number; code?: string }[] = [];
    let loading = true;
    const t0 = performance.now();
    const workers = Array.from({ length: 8 }, async () => {
      while (loading) {
        const t = performance.now();
        try {
          const res = await fetch(unlimited.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ health { status } }' }),
          });
          const json = (await res.json()) as { errors?: { extensions: { code: string } }[] };
          answers.push({
            at: performance.now() - t0,
            ms: performance.now() - t,
            code: json.errors?.[0]?.extensions.code,
          });
        } catch {
          answers.push({ at: performance.now() - t0, ms: performance.now() - t, code: 'FETCH_FAILED' });
        }
        await sleep(20);
      }
    });
    await sleep(1000);
    const stopAt = performance.now() - t0;
    const stopping = db.server.stop();
    let firstDown: number | undefined;
    while (firstDown === undefined && performance.now() - t0 - stopAt < 120_000) {
      firstDown = answers.find((a) => a.at > stopAt && a.code === 'DATABASE_UNAVAILABLE')?.at;
      await sleep(10);
    }
    await stopping;
    const stoppedAt = performance.now() - t0;
    await sleep(3000);
    const down = answers.filter((a) => a.at > stoppedAt);
    loading = false;
    await Promise.all(workers);
    const other = answers.filter((a) => a.at > stopAt && a.code && a.code !== 'DATABASE_UNAVAILABLE');
    const otherCodes: Record<string, number> = {};
    for (const a of other) otherCodes[a.code!] = (otherCodes[a.code!] ?? 0) + 1;
    log(`\n3. Database stopped (SIGTERM) under load of 8 clients`);
    log(
      `   first DATABASE_UNAVAILABLE: ${firstDown === undefined ? 'none' : `${(firstDown - stopAt).toFixed(0)} ms`} after the stop began (the stop itself took ${(stoppedAt - stopAt).toFixed(0)} ms)`,
    );
    log(
      `   while down: ${down.length} answers, p50 ${pct(
        down.map((a) => a.ms),
        50,
      ).toFixed(1)} ms, p95 ${pct(
        down.map((a) => a.ms),
        95,
      ).toFixed(1)} ms; other codes: ${JSON.stringify(otherCodes)}`,
    );
    results.databaseStop = {
      firstUnavailableMs: firstDown === undefined ? null : firstDown - stopAt,
      stopTookMs: stoppedAt - stopAt,
      downP50: pct(
        down.map((a) => a.ms),
        50,
      ),
      downP95: pct(
        down.map((a) => a.ms),
        95,
      ),
      otherCodes,
    };
    await unlimited.stop();
  } finally {
    await driver.close();
    await db.stop();
    fs.rmSync(corpus, { recursive: true, force: true });
  }

  // --- 4. The restart race -----------------------------------------------------------------------
  if (process.argv.includes('--skip-restart-race')) return finish(results);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-bench-race-'));
  const boltPort = await freePort();
  const httpPort = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    JAVA_HOME: process.env.JAVA_HOME,
    NEO4J_PASSWORD: 'bench-race-password',
    NEO4J_LOCAL_DATA_DIR: home,
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    NEO4J_LOCAL_START_TIMEOUT_S: '300',
    SEED_ON_START: 'false',
    PORT: String(httpPort),
    HOST: '127.0.0.1',
  } as NodeJS.ProcessEnv;
  const start = (): { pid: number; ready: Promise<number>; exited: Promise<number | null> } => {
    const t = performance.now();
    const child = spawn(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), ['src/main.ts'], {
      cwd: PROJECT_ROOT,
      env,
      detached: true,
    });
    let out = '';
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    const ready = new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        if (/GraphQL API ready/.test(out)) resolve(performance.now() - t);
      });
      void exited.then(() => reject(new Error(`npm start exited before ready:\n${out}`)));
    });
    child.stderr.on('data', () => undefined);
    return { pid: child.pid!, ready, exited };
  };
  try {
    const first = start();
    const cold = await first.ready;
    const tKill = performance.now();
    process.kill(-first.pid, 'SIGTERM');
    await sleep(500);
    const second = start();
    await second.ready;
    const race = performance.now() - tKill;
    log(`\n4. Restart race (SIGTERM to npm start's group, npm start again 0.5 s later)`);
    log(
      `   first start (new store) ready in ${(cold / 1000).toFixed(1)} s; after the race, ready ${(race / 1000).toFixed(1)} s after the SIGTERM`,
    );
    results.restartRace = { coldStartMs: cold, readyAfterSigtermMs: race };
    process.kill(-second.pid, 'SIGTERM');
    await second.exited;
  } finally {
    await new LocalNeo4j(
      { boltPort, dataDir: home, heap: '512m', pageCache: '64m', startTimeoutMs: 60_000 },
      'bench-race-password',
    )
      .stop()
      .catch(() => undefined);
    fs.rmSync(home, { recursive: true, force: true });
  }

  finish(results);
}

function finish(results: Record<string, unknown>): void {
  const file = path.join(PROJECT_ROOT, 'bench', 'results', 'hardening-latest.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // A run with --skip-restart-race keeps the previous run's restart-race figure.
  const previous = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...previous, ...results }, null, 2) + '\n');
  log(`\nWrote ${path.relative(PROJECT_ROOT, file)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench:hardening: ${(error as Error).stack ?? String(error)}`);
    process.exit(1);
  },
);
