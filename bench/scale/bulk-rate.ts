/**
 * `npm run bench:load:bulk [-- --size small]`: the initial bulk path's rate (a script, not a test).
 *
 * Generates (or reuses) a synthetic corpus, gives npm run load:bulk a fresh local Neo4j home of its
 * own (a free port, a temporary folder), runs it once and prints relationships/s for the
 * importer alone and end to end (checking and conversion, server stop, import, start, schema).
 * Compare with `npm run bench:load` (the online loader) on the same --size. The conversion's work
 * folder is kept next to the corpus and removed at the end unless --keep-work (a killed run can
 * be resumed by running the printed command).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { PROJECT_ROOT } from '../../src/config';
import { SIZES } from '../../src/corpus/generate';
import { benchCorpusDir, corpusFor } from './corpus';
import { freePort, LocalNeo4j } from '../../src/db/local-server';
import { parseConfig } from '../../src/config';

const log = (line: string): void => console.log(`[bench:load:bulk] ${line}`);

async function main(): Promise<void> {
  const program = new Command()
    .name('bench:load:bulk')
    .description('Load a synthetic corpus into a fresh local Neo4j with npm run load:bulk and print the rates.')
    .addOption(new Option('--size <preset>', 'corpus size').choices(Object.keys(SIZES)).default('small'))
    .option('--seed <n>', 'corpus seed', (v) => Number(v), 20240503)
    .option('--heap <size>', "Neo4j heap (also the importer's)", '2g')
    .option('--page-cache <size>', 'Neo4j page cache', '1g')
    .option('--corpus-dir <dir>', 'where to keep the generated corpus (reused when its manifest matches)')
    .option('--keep-work', 'keep the CSV work folder and the Neo4j home')
    .parse();
  const opts = program.opts<{
    size: string;
    seed: number;
    heap: string;
    pageCache: string;
    corpusDir?: string;
    keepWork?: boolean;
  }>();
  const options = { seed: opts.seed, ...SIZES[opts.size]! };
  const dir = benchCorpusDir(opts.size, opts.seed, opts.corpusDir);
  const manifest = await corpusFor(options, dir, log);
  log(`Corpus: ${JSON.stringify(manifest.totals)}`);

  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-bulk-bench-'));
  const work = path.join(home, 'work');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    JAVA_HOME: process.env.JAVA_HOME,
    NEO4J_URI: '',
    NEO4J_PASSWORD: 'bulk-bench-' + Math.random().toString(36).slice(2, 10),
    NEO4J_DATABASE: 'neo4j',
    NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA_DIR: path.join(home, 'neo4j'),
    NEO4J_LOCAL_HEAP: opts.heap,
    NEO4J_LOCAL_PAGECACHE: opts.pageCache,
    NEO4J_LOCAL_START_TIMEOUT_S: '300',
  } as NodeJS.ProcessEnv;
  const server = new LocalNeo4j(parseConfig(env).local, env.NEO4J_PASSWORD!);
  try {
    const child = spawn(
      process.execPath,
      [
        '--max-old-space-size=8192',
        '--import',
        'tsx',
        path.join(PROJECT_ROOT, 'src/cli/load-bulk.ts'),
        dir,
        '--work',
        work,
      ],
      { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += String(d);
      process.stdout.write(d);
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const line = output.split('\n').find((l) => l.startsWith('BULK-SUMMARY '));
    if (code !== 0 || !line) throw new Error(`load:bulk exited ${code}`);
    const s = JSON.parse(line.slice('BULK-SUMMARY '.length)) as {
      conversion: { seconds: number };
      importSeconds: number;
      schemaSeconds: number;
      seconds: number;
      counts: { nodes: number; relationships: number; evidence: number };
    };
    const per = (n: number, sec: number): string => Math.round(n / sec).toLocaleString('en');
    log(
      `machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    log(`heap ${opts.heap}, page cache ${opts.pageCache}`);
    log(
      `counts: ${JSON.stringify(s.counts)} (expected relationships ${manifest.totals.relationships}, evidence ${manifest.totals.evidence})`,
    );
    log(`conversion (check + CSV): ${s.conversion.seconds.toFixed(1)} s`);
    log(
      `importer:                 ${s.importSeconds.toFixed(1)} s → ${per(s.counts.relationships, s.importSeconds)} relationships/s, ${per(s.counts.nodes, s.importSeconds)} nodes/s`,
    );
    log(`schema after import:      ${s.schemaSeconds.toFixed(1)} s`);
    log(
      `end to end:               ${s.seconds.toFixed(1)} s → ${per(s.counts.relationships, s.seconds)} relationships/s`,
    );
    console.log(`BULK-RATE ${JSON.stringify({ options, heap: opts.heap, pageCache: opts.pageCache, ...s })}`);
  } finally {
    await server.stop().catch(() => undefined);
    if (!opts.keepWork) fs.rmSync(home, { recursive: true, force: true });
    else log(`kept ${home}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench:load:bulk: ${(error as Error).message}`);
  process.exit(1);
});
