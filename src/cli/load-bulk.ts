/**
 * `npm run load:bulk -- <dir> [--work <folder>] [--restart]`: the initial bulk path — a corpus
 * into an EMPTY database of the bundled local Neo4j through neo4j-admin's offline importer
 * (src/load/bulk/import.ts). The online loader (npm run load) is for everything else.
 *
 * Exit codes: 0 loaded; 1 a bad record (the message names file:line); 2 usage or configuration;
 * 3 NEO4J_URI points at an external server; 4 the database is not empty; 5 the importer failed.
 */
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { LoadError } from '../load/online';
import type { ConvertProgress } from '../load/bulk/convert';
import { BulkImportError, bulkImport } from '../load/bulk/import';
import { LocalServerError } from '../db/local-server';
import { cliConfig, CliError, progressBar, runCli, usageExitCode } from './run';

const log = (line: string): void => console.log(line);

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('load:bulk')
    .description(
      'Initial bulk load of every .jsonl file under <dir> (the format of npm run load: src/load/format.ts) into an ' +
        "EMPTY database of the bundled local Neo4j, through Neo4j's offline importer (neo4j-admin database import full). " +
        'Converts the corpus to import CSV with the evidence summaries and time bounds the online loader writes ' +
        '(resumable: a checkpoint per input file in the work folder), stops the server, imports, starts it, applies ' +
        'cypher/schema and prints the counts. Refuses a database that holds anything (exit code 4).',
    )
    .argument('<dir>', 'folder holding the .jsonl files, e.g. one written by npm run generate')
    .option('--work <folder>', 'where the CSV files and the conversion checkpoint go (default: <dir>/.bulk-import)')
    .option('--restart', 'convert every file again, ignoring the checkpoint')
    .option('--pause-after-file <ms>', 'testing only: wait after each converted file', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > 60_000)
        throw new InvalidArgumentError('--pause-after-file must be a whole number of milliseconds up to 60000.');
      return n;
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 loaded; 1 bad record; 2 usage; 3 NEO4J_URI is an external server; 4 database not empty; ' +
        '5 the importer failed.\n' +
        '\nExamples:\n' +
        '  npm run generate -- .data/corpus --size small && npm run load:bulk -- .data/corpus\n' +
        '  npm run load:bulk -- .data/corpus     # after an interruption: resumes the conversion\n',
    )
    .showHelpAfterError()
    .exitOverride();
  try {
    program.parse(argv);
  } catch (error) {
    return usageExitCode(error);
  }
  const opts = program.opts<{ work?: string; restart?: boolean; pauseAfterFile?: number }>();
  const dir = path.resolve(program.args[0]!);
  const work = path.resolve(opts.work ?? path.join(dir, '.bulk-import'));

  const config = cliConfig(2);

  const bar = progressBar(
    '{phase} {bar} {percentage}% | {mb} of {totalMb} MB | {rate} MB/s | ETA {eta_formatted} | {file}',
    20,
  );
  let barPhase: string | undefined;
  const importBar = progressBar(
    'importing {bar} {percentage}% | {stage} | {elapsed} s in the importer | stage ETA {eta_formatted}',
    10,
  );
  let importStage: string | undefined;
  let phaseStarted = Date.now();
  let phaseStartBytes = 0;
  const mb = (b: number): string => (b / 1048576).toFixed(1);
  const payload = (p: ConvertProgress): Record<string, string> => ({
    phase: p.phase === 'scan' ? 'checking ' : 'writing  ',
    mb: mb(p.bytesDone),
    totalMb: mb(p.bytesTotal),
    rate: ((p.bytesDone - phaseStartBytes) / 1048576 / Math.max(0.001, (Date.now() - phaseStarted) / 1000)).toFixed(1),
    file: p.file,
  });
  const stopBar = (): void => {
    if (barPhase) bar.stop();
    barPhase = undefined;
  };
  try {
    const summary = await bulkImport(config, {
      dir,
      work,
      restart: opts.restart,
      pauseAfterFileMs: opts.pauseAfterFile,
      log: (line) => log(barPhase ? `\n${line}` : line),
      onImportProgress: (p) => {
        // One bar per importer stage (nodes, relationships, linking, …), each with its percentage.
        if (p.done) {
          if (importStage) importBar.update(100, { stage: importStage, elapsed: p.seconds.toFixed(0) });
          if (importStage) importBar.stop();
          importStage = undefined;
          return;
        }
        if (importStage !== p.stage) {
          if (importStage) importBar.stop();
          importStage = p.stage;
          importBar.start(100, 0, { stage: p.stage, elapsed: p.seconds.toFixed(0) });
        }
        importBar.update(p.percent ?? 0, { stage: p.stage, elapsed: p.seconds.toFixed(0) });
      },
      onProgress: (p) => {
        if (barPhase !== p.phase) {
          stopBar();
          barPhase = p.phase;
          phaseStarted = Date.now();
          phaseStartBytes = p.bytesDone;
          bar.start(p.bytesTotal, p.bytesDone, payload(p));
        }
        bar.update(p.bytesDone, payload(p));
        if (p.phase === 'write' && p.bytesDone >= p.bytesTotal) stopBar();
      },
    }).finally(() => {
      stopBar();
      if (importStage) importBar.stop();
    });
    const c = summary.counts;
    const rate = summary.importSeconds > 0 ? c.relationships / summary.importSeconds : 0;
    const overall = summary.seconds > 0 ? c.relationships / summary.seconds : 0;
    log(
      `Done in ${summary.seconds.toFixed(1)} s (conversion ${summary.conversion.seconds.toFixed(1)} s, import ` +
        `${summary.importSeconds.toFixed(1)} s, schema ${summary.schemaSeconds.toFixed(1)} s, access paths ${summary.accessPathSeconds.toFixed(1)} s): ` +
        `${c.nodes.toLocaleString('en')} nodes (${c.evidence.toLocaleString('en')} of them evidence records), ` +
        `${c.relationships.toLocaleString('en')} relationships; ${Math.round(rate).toLocaleString('en')} relationships/s ` +
        `in the importer, ${Math.round(overall).toLocaleString('en')}/s end to end.`,
    );
    log(`BULK-SUMMARY ${JSON.stringify(summary)}`);
    return 0;
  } catch (error) {
    if (error instanceof LoadError) throw new CliError(error.message, 1);
    if (error instanceof BulkImportError) throw new CliError(error.message, error.exitCode);
    if (error instanceof LocalServerError) throw new CliError(error.message, 2);
    throw error;
  }
}

runCli('load:bulk', () => main(process.argv), { exitOnSuccess: true, expectedExitCode: 2, unexpectedExitCode: 2 });
