/**
 * `npm run bench:load [-- --size small]`: the online loader's rate alone (a script, not a test).
 *
 * Generates (or reuses) a synthetic corpus, then for each combination asked for (strategy, batch
 * size, concurrency) starts a throwaway Neo4j, runs the loader CLI (`npm run load`) into it from
 * scratch and prints what its LOAD-SUMMARY line reports: nodes/s over the node files,
 * relationships/s over the relationship files (and over the whole load, indexes included),
 * evidence records/s over the whole load (evidence is written in the same transactions as the
 * facts it supports), retried transactions, and the machine's load average before and after.
 *   --strategy merge,create           before (every row MERGEd) and after, in one run
 *   --batch-size 1000,2500,5000,10000 the batch-size sweep
 * The full scale benchmark (`npm run bench`) loads too, and then measures much more.
 */
import { load } from '../../src/db/queries';
import { executeQuery, runQuery } from '../../src/db/query';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { PROJECT_ROOT } from '../../src/config';
import { SIZES } from '../../src/corpus/generate';
import { benchCorpusDir, corpusFor } from './corpus';
import type { LoadSummary } from '../../src/load/online';
import neo4j from 'neo4j-driver';
import { startThrowawayNeo4j, Throwaway } from './throwaway-neo4j';

const log = (line: string): void => console.log(`[bench:load] ${line}`);

async function main(): Promise<void> {
  const program = new Command()
    .name('bench:load')
    .description('Load a synthetic corpus into a throwaway Neo4j with npm run load and print the load rates.')
    .addOption(new Option('--size <preset>', 'corpus size').choices(Object.keys(SIZES)).default('small'))
    .option('--seed <n>', 'corpus seed', (v) => Number(v), 20240503)
    .option('--batch-size <list>', 'loader batch size(s), comma-separated for a sweep', '5000')
    .option('--concurrency <list>', 'transactions at once (create strategy), comma-separated for a sweep', '2')
    .option(
      '--strategy <list>',
      'create, merge (the earlier loader) or merge,create (before and after in one run)',
      'create',
    )
    .option('--heap <size>', 'Neo4j heap', '2g')
    .option('--page-cache <size>', 'Neo4j page cache', '1g')
    .option(
      '--reuse-server',
      'one server for every run, emptied (data and deferred indexes) between runs: no restart per run',
    )
    .option('--corpus-dir <dir>', 'where to keep the generated corpus (reused when its manifest matches)')
    .parse();
  const opts = program.opts<{
    size: string;
    seed: number;
    batchSize: string;
    concurrency: string;
    strategy: string;
    heap: string;
    pageCache: string;
    corpusDir?: string;
    reuseServer?: boolean;
  }>();
  const options = { seed: opts.seed, ...SIZES[opts.size]! };
  const dir = benchCorpusDir(opts.size, opts.seed, opts.corpusDir);
  const manifest = await corpusFor(options, dir, log);
  log(`Corpus: ${JSON.stringify(manifest.totals)}`);

  const strategies = opts.strategy.split(',').map((x) => x.trim());
  for (const st of strategies)
    if (st !== 'create' && st !== 'merge') throw new Error(`--strategy takes create, merge or both (got ${st})`);
  const batchSizes = opts.batchSize.split(',').map(Number);
  const concurrencies = opts.concurrency.split(',').map(Number);
  log(`machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}; heap ${opts.heap}, page cache ${opts.pageCache}`);
  const results: Record<string, unknown>[] = [];
  const shared = opts.reuseServer
    ? await startThrowawayNeo4j({ heap: opts.heap, pageCache: opts.pageCache })
    : undefined;
  try {
    // Every combination on a fresh server of its own (the create strategy creates the indexes after
    // the data, so a second load into the same store would not measure the same thing).
    for (const strategy of strategies)
      for (const batchSize of batchSizes)
        for (const concurrency of strategy === 'merge' ? [1] : concurrencies) {
          const s = await loadOnce(dir, opts, strategy, batchSize, concurrency, shared);
          const rate = (n: number | undefined, seconds: number | undefined): number =>
            n !== undefined && seconds ? Math.round(n / seconds) : 0;
          const row = {
            strategy,
            batchSize,
            concurrency,
            relationshipsPerSecond: rate(s.relationships, s.relationshipSeconds),
            nodesPerSecond: rate(s.nodes, s.nodeSeconds),
            evidencePerSecond: rate(s.evidence, s.seconds),
            relationshipsPerSecondWholeLoad: rate(s.relationships, s.seconds),
            indexSeconds: s.indexSeconds ?? 0,
            retries: s.retries ?? 0,
            seconds: s.seconds,
            loadAverageBefore: s.loadAverageBefore,
            loadAverageAfter: s.loadAverageAfter,
          };
          results.push(row);
          log(
            `${strategy.padEnd(6)} batch ${String(batchSize).padStart(6)} × ${concurrency}: ` +
              `relationships ${row.relationshipsPerSecond.toLocaleString('en')}/s over the relationship files ` +
              `(${row.relationshipsPerSecondWholeLoad.toLocaleString('en')}/s over the whole load), ` +
              `nodes ${row.nodesPerSecond.toLocaleString('en')}/s, evidence ${row.evidencePerSecond.toLocaleString('en')}/s; ` +
              `whole load ${s.seconds.toFixed(1)} s (indexes ${row.indexSeconds.toFixed(1)} s), ` +
              `${row.retries} retries; load average ${s.loadAverageBefore} → ${s.loadAverageAfter}`,
          );
          console.log(`LOAD-RATE ${JSON.stringify({ options, ...row, summary: s })}`);
        }
  } finally {
    await shared?.stop();
  }
  if (results.length > 1) {
    log('summary (relationships/s over the relationship files | whole load):');
    for (const r of results)
      log(
        `  ${String(r.strategy).padEnd(6)} batch ${String(r.batchSize).padStart(6)} × ${String(r.concurrency)}: ` +
          `${(r.relationshipsPerSecond as number).toLocaleString('en').padStart(8)} | ` +
          `${(r.relationshipsPerSecondWholeLoad as number).toLocaleString('en').padStart(8)}   (load ${String(r.loadAverageBefore)})`,
      );
  }
}

const loadAverage = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

type LoadRun = Partial<LoadSummary> & { seconds: number; loadAverageBefore: string; loadAverageAfter: string };

/** One load with the loader CLI into a fresh throwaway server; its LOAD-SUMMARY with the load averages. */
async function loadOnce(
  dir: string,
  opts: { heap: string; pageCache: string },
  strategy: string,
  batchSize: number,
  concurrency: number,
  shared?: Throwaway,
): Promise<LoadRun> {
  const db = shared ?? (await startThrowawayNeo4j({ heap: opts.heap, pageCache: opts.pageCache }));
  if (shared) await emptyDatabase(shared);
  try {
    const loadAverageBefore = loadAverage();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(PROJECT_ROOT, 'src/cli/load.ts'),
        dir,
        '--restart',
        '--batch-size',
        String(batchSize),
        '--concurrency',
        String(concurrency),
        '--strategy',
        strategy,
        '--checkpoint',
        path.join(db.home, 'load-checkpoint.json'),
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NEO4J_URI: db.uri,
          NEO4J_USER: db.user,
          NEO4J_PASSWORD: db.password,
          NEO4J_DATABASE: 'neo4j',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const line = output.split('\n').find((l) => l.startsWith('LOAD-SUMMARY '));
    if (code !== 0 || !line) throw new Error(`the loader exited ${code}:\n${output.slice(-3000)}`);
    return {
      ...(JSON.parse(line.slice('LOAD-SUMMARY '.length)) as LoadSummary),
      loadAverageBefore,
      loadAverageAfter: loadAverage(),
    };
  } finally {
    if (!shared) await db.stop();
  }
}

/** Delete every node and every index a load creates after its data, so the next load starts as on a new server. */
async function emptyDatabase(db: Throwaway): Promise<void> {
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password));
  try {
    const session = driver.session({ database: 'neo4j' });
    try {
      await runQuery(session, load.benchClear);
    } finally {
      await session.close();
    }
    const indexes = await executeQuery(driver, { database: 'neo4j' }, load.benchIndexes);
    for (const r of indexes) await executeQuery(driver, { database: 'neo4j' }, load.benchDropIndex, { name: r.name });
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:load: ${(error as Error).message}`);
  process.exit(1);
});
