/**
 * `npm run generate -- <dir> [--size medium] [--events N] …`: write a deterministic
 * synthetic corpus (JSON Lines in the ontology's shape) for load tests and benchmarks.
 * Load it with `npm run load -- <dir>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { CorpusOptions, generateCorpus, CORPUS_SIZE_LIMITS, SIZES } from '../corpus/generate';
import { runCli } from './run';

const whole =
  (name: string, min: number, max: number) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}.`);
    }
    return n;
  };

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('generate')
    .description(
      "Write a deterministic synthetic bilateral-relations corpus in the ontology's shape (docs/ontology.md) as " +
        'JSON Lines: nodes/<Label>.jsonl and rels/<TYPE>.jsonl, each fact followed by its evidence records ' +
        '(docs/evidence.md), and manifest.json (exact counts by label, type and evidence). ' +
        'Hub countries and actors (Zipf-like skew), events clustered in time, offices and policies with validity ' +
        'periods, exchanges, concessions, coercions and issue linkages; most facts have one source, a Zipf-like ' +
        'tail 2-4, some are disputed. Every node is marked synthetic: true; sources are :Source {synthetic: true} ' +
        'with no text (so no textStart/textEnd) and the citation checker skips them. Same seed and sizes, same bytes.',
    )
    .argument('<dir>', 'output directory (created; existing corpus files in it are overwritten)')
    .addOption(
      new Option('--size <preset>', 'a size preset; the flags below override its parts')
        .choices(Object.keys(SIZES))
        .default('small'),
    )
    .option(
      '--countries <n>',
      `number of countries (2-${CORPUS_SIZE_LIMITS.countries})`,
      whole('--countries', 2, CORPUS_SIZE_LIMITS.countries),
    )
    .option(
      '--actors <n>',
      `people and organisations (10-${CORPUS_SIZE_LIMITS.actors})`,
      whole('--actors', 10, CORPUS_SIZE_LIMITS.actors),
    )
    .option(
      '--events <n>',
      `events (1-${CORPUS_SIZE_LIMITS.events}); relationships come to ~5.5 per event`,
      whole('--events', 1, CORPUS_SIZE_LIMITS.events),
    )
    .option('--seed <n>', 'random seed', whole('--seed', 0, 2 ** 31 - 1), 20240503)
    .addHelpText(
      'after',
      '\nPresets (countries / actors / events → about how many relationships):\n' +
        Object.entries(SIZES)
          .map(
            ([name, s]) =>
              `  ${name.padEnd(7)} ${String(s.countries).padStart(4)} / ${String(s.actors).padStart(7)} / ` +
              `${String(s.events).padStart(9)} → ~${Math.round((s.events * 5.5 + s.actors * 1.5) / 1000)}k`,
          )
          .join('\n') +
        '\n\nExamples:\n' +
        '  npm run generate -- .data/corpus-small\n' +
        '  npm run generate -- .data/corpus --size medium --seed 7\n' +
        '  npm run generate -- .data/corpus --size large          # 200 countries, 100k actors, 1M events, ~5.6M relationships\n',
    )
    .showHelpAfterError();
  program.parse(argv);
  const opts = program.opts<{ size: string; countries?: number; actors?: number; events?: number; seed: number }>();
  const preset = SIZES[opts.size]!;
  const options: CorpusOptions = {
    seed: opts.seed,
    countries: opts.countries ?? preset.countries,
    actors: opts.actors ?? preset.actors,
    events: opts.events ?? preset.events,
  };
  const dir = path.resolve(program.args[0]!);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    throw new Error(`${dir} exists and is not a directory; choose another output directory.`);
  }
  for (const sub of ['nodes', 'rels']) fs.rmSync(path.join(dir, sub), { recursive: true, force: true });

  console.log(
    `Generating ${options.countries} countries, ${options.actors} actors, ${options.events} events (seed ${options.seed}) into ${dir}`,
  );
  const bar = new cliProgress.SingleBar(
    { format: 'events {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}', etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(options.events, 0, { rate: '0' });
  const manifest = await generateCorpus(options, dir, (done) => {
    bar.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en') });
  });
  bar.stop();
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `Done in ${seconds.toFixed(1)} s: ${manifest.totals.nodes.toLocaleString('en')} nodes, ` +
      `${manifest.totals.relationships.toLocaleString('en')} relationships, ` +
      `${manifest.totals.evidence.toLocaleString('en')} evidence records in ${manifest.files.length} files.`,
  );
  console.log(
    `Counts by label, type and evidence: ${path.join(dir, 'manifest.json')}. Load with: npm run load -- ${program.args[0]}`,
  );
}

runCli('generate', () => main(process.argv), { expected: () => true });
