/**
 * `npm run bench:load [-- --size small]`: the bulk loader's rate alone (a script, not a test).
 *
 * Generates (or reuses) a synthetic corpus, starts a throwaway Neo4j, runs the loader CLI
 * (`npm run load`) into it once from scratch and prints what its LOAD-SUMMARY line reports:
 * nodes/s over the node files, relationships/s over the relationship files and evidence
 * records/s over the whole load (evidence is written in the same transactions as the facts
 * it supports). The full scale benchmark (`npm run bench`) does this too, and then much more.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { PROJECT_ROOT } from '../../src/config';
import { FORMAT_VERSION, generateCorpus, Manifest, SIZES } from '../../src/corpus/generate';
import { startThrowawayNeo4j } from './throwaway-neo4j';

const log = (line: string): void => console.log(`[bench:load] ${line}`);

async function main(): Promise<void> {
  const program = new Command()
    .name('bench:load')
    .description('Load a synthetic corpus into a throwaway Neo4j with npm run load and print the load rates.')
    .addOption(new Option('--size <preset>', 'corpus size').choices(Object.keys(SIZES)).default('small'))
    .option('--seed <n>', 'corpus seed', (v) => Number(v), 20240503)
    .option('--batch-size <n>', 'loader batch size', (v) => Number(v), 5000)
    .option('--heap <size>', 'Neo4j heap', '2g')
    .option('--page-cache <size>', 'Neo4j page cache', '1g')
    .option('--corpus-dir <dir>', 'where to keep the generated corpus (reused when its manifest matches)')
    .parse();
  const opts = program.opts<{
    size: string;
    seed: number;
    batchSize: number;
    heap: string;
    pageCache: string;
    corpusDir?: string;
  }>();
  const options = { seed: opts.seed, ...SIZES[opts.size]! };
  const dir = path.resolve(
    opts.corpusDir ?? path.join(PROJECT_ROOT, '.data', `bench-corpus-${opts.size}-${opts.seed}`),
  );

  // Reuse a corpus only when this generator, in this format version, wrote it with these options.
  const manifestFile = path.join(dir, 'manifest.json');
  let manifest: Manifest | undefined;
  if (fs.existsSync(manifestFile)) {
    const existing = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
    if (JSON.stringify(existing.options) === JSON.stringify(options) && existing.formatVersion === FORMAT_VERSION)
      manifest = existing;
  }
  if (!manifest) {
    fs.rmSync(dir, { recursive: true, force: true });
    log(`Generating ${JSON.stringify(options)} into ${dir}...`);
    manifest = await generateCorpus(options, dir);
  } else log(`Reusing the corpus in ${dir}.`);
  log(`Corpus: ${JSON.stringify(manifest.totals)}`);

  const db = await startThrowawayNeo4j({ heap: opts.heap, pageCache: opts.pageCache });
  try {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(PROJECT_ROOT, 'src/cli/load.ts'),
        dir,
        '--restart',
        '--batch-size',
        String(opts.batchSize),
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
    const s = JSON.parse(line.slice('LOAD-SUMMARY '.length)) as Record<string, number>;
    const rate = (n: number | undefined, seconds: number | undefined): string =>
      n !== undefined && seconds ? Math.round(n / seconds).toLocaleString('en') : '–';
    const evidence = s.evidence;
    log(
      `machine: ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
    log(`batch size ${opts.batchSize}, heap ${opts.heap}, page cache ${opts.pageCache}`);
    log(`nodes:          ${s.nodes} in ${s.nodeSeconds?.toFixed(1)} s → ${rate(s.nodes, s.nodeSeconds)}/s`);
    log(
      `relationships:  ${s.relationships} in ${s.relationshipSeconds?.toFixed(1)} s → ${rate(s.relationships, s.relationshipSeconds)}/s`,
    );
    if (evidence !== undefined)
      log(`evidence:       ${evidence} in ${s.seconds?.toFixed(1)} s (whole load) → ${rate(evidence, s.seconds)}/s`);
    log(`whole load:     ${s.seconds?.toFixed(1)} s`);
    console.log(`LOAD-RATE ${JSON.stringify({ options, batchSize: opts.batchSize, ...s })}`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:load: ${(error as Error).message}`);
  process.exit(1);
});
