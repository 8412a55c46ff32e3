/**
 * `npm run export -- --format graphml --out graph.graphml [selection]`: write the
 * graph, or part of it, as node-link JSON, GraphML or CSV, streamed from Neo4j.
 *
 * Exit codes: 0 written; 1 the export failed (unknown id, database unreachable);
 * 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { SingleBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DomainError } from '../errors';
import { elementTotal, EXPORT_FILES, ExportFormat, streamSink } from '../export/formats';
import { DEFAULT_EXPORT_TIMEOUT_MS, openExport, OpenExport } from '../export/reader';
import { describeSelection, parseSelection, SELECTION_RANGES, SelectionParameter } from '../export/selection';
import { CliError, runCli, usageExitCode, withNeo4j } from './run';

const { depth: D, k: K, maxHops: H } = SELECTION_RANGES;

/** Below this many elements an export takes well under a second: no bar. */
const PROGRESS_THRESHOLD = 500;

const FORMATS: Record<string, ExportFormat[]> = {
  json: [EXPORT_FILES['graph.json']!],
  graphml: [EXPORT_FILES['graph.graphml']!],
  csv: [EXPORT_FILES['nodes.csv']!, EXPORT_FILES['edges.csv']!, EXPORT_FILES['evidence.csv']!],
};

const FLAGS: Record<SelectionParameter, string> = {
  ids: '--ids',
  depth: '--depth',
  from: '--from',
  to: '--to',
  k: '--k',
  maxHops: '--max-hops',
};

class UsageError extends Error {}

interface Options {
  format: keyof typeof FORMATS;
  out?: string;
  ids?: string;
  depth?: string;
  from?: string;
  to?: string;
  k?: string;
  maxHops?: string;
  timeout: number;
  progress: boolean;
}

function program(): Command {
  return new Command()
    .name('export')
    .description(
      'Export the graph, or a subgraph, for networkx, Gephi, yEd or a spreadsheet. Reads one consistent snapshot ' +
        'in a read transaction and streams it to the output (nothing is held in memory).',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        'json (networkx node-link), graphml, or csv (nodes.csv + edges.csv + evidence.csv)',
      )
        .choices(Object.keys(FORMATS))
        .makeOptionMandatory(),
    )
    .option('-o, --out <path>', 'output file (json, graphml; default: standard output) or directory (csv, required)')
    .option('--ids <ids>', 'comma-separated seed ids, e.g. country:mx,country:us')
    .option('--depth <n>', `hops around the seeds (${D.min}-${D.max})`)
    .option('--from <id>', 'where the linkage paths start')
    .option('--to <id>', 'where the linkage paths end')
    .option('--k <n>', `how many shortest paths (${K.min}-${K.max})`)
    .option('--max-hops <n>', `longest path, in hops (${H.min}-${H.max})`)
    .option(
      '--timeout <seconds>',
      'database time limit for the whole export',
      (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of seconds');
        return n;
      },
      DEFAULT_EXPORT_TIMEOUT_MS / 1000,
    )
    .option('--no-progress', 'no progress bar (it is shown on a terminal for exports of 500+ elements)')
    .addHelpText(
      'after',
      '\nSelections (give at most one):\n' +
        '  (none)                       the whole graph\n' +
        `  --ids a,b [--depth N]        everything within N (${D.min}-${D.max}, default ${D.default}) hops of the seeds, in either\n` +
        '                               direction, with every relationship among those nodes\n' +
        '  --from X --to Y [--k K] [--max-hops H]\n' +
        `                               the nodes and relationships on the K (${K.min}-${K.max}, default ${K.default}) shortest\n` +
        `                               linkage paths of at most H (${H.min}-${H.max}, default ${H.default}) hops (as linkagePaths)\n` +
        '\nConnection: the same environment (and .env) as `npm start`: NEO4J_URI (default: the bundled local\n' +
        'Neo4j on NEO4J_LOCAL_BOLT_PORT, which must be running: npm run db:start), NEO4J_USER, NEO4J_PASSWORD,\n' +
        'NEO4J_DATABASE.\n' +
        '\nFiles: graph.json loads with networkx.node_link_graph(data, edges="links"); graph.graphml with\n' +
        "networkx.read_graphml, Gephi (File > Open) or yEd; nodes.csv/edges.csv with Gephi's spreadsheet import or\n" +
        'pandas. Every node and relationship carries its evidence summary (sourceCount, evidenceCount, confidence,\n' +
        'disputed, attributions, statuses); its evidence records (source, excerpt, attribution, stance, ...) are an\n' +
        '`evidence` list in JSON and GraphML, and the rows of evidence.csv (factId = the node or edge id).\n' +
        '\nExit codes: 0 written; 1 export failed (unknown id, database unavailable); 2 usage error.\n' +
        '\nExamples:\n' +
        '  npm run export -- --format graphml --out graph.graphml\n' +
        '  npm run export -- --format json --ids country:mx --depth 2 --out mexico.json\n' +
        '  npm run export -- --format csv --from country:us --to person:lopez-obrador --k 5 --out paths-csv/\n',
    )
    .showHelpAfterError('(run with --help for the selections, formats and examples)')
    .exitOverride();
}

/** Write to a temporary name and rename on success, so a failed export leaves no file that looks complete. */
async function writeFile(file: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const partial = `${file}.partial`;
  const out = fs.createWriteStream(partial);
  try {
    await write(out);
    out.end();
    await finished(out);
    fs.renameSync(partial, file);
  } catch (error) {
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

async function run(opts: Options, exp: OpenExport): Promise<string[]> {
  const formats = FORMATS[opts.format]!;
  const total = formats.reduce((sum, f) => sum + elementTotal(f, exp), 0);
  const bar =
    opts.progress && process.stderr.isTTY && total >= PROGRESS_THRESHOLD
      ? new SingleBar(
          { format: 'export [{bar}] {percentage}% | {value}/{total} elements | {eta_value}s left', etaBuffer: 200 },
          Presets.shades_classic,
        )
      : undefined;
  bar?.start(total, 0);
  const tick = (): void => bar?.increment();
  const written: string[] = [];
  try {
    if (opts.format === 'csv') {
      fs.mkdirSync(opts.out!, { recursive: true });
      for (const format of formats) {
        const file = path.join(opts.out!, format.file);
        await writeFile(file, (out) => format.write(exp, streamSink(out), tick));
        written.push(file);
      }
    } else if (opts.out) {
      await writeFile(opts.out, (out) => formats[0]!.write(exp, streamSink(out), tick));
      written.push(opts.out);
    } else {
      await formats[0]!.write(exp, streamSink(process.stdout), tick);
    }
  } finally {
    bar?.stop();
  }
  return written;
}

async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    cli.parse(argv);
  } catch (error) {
    // --help exits 0 through commander; anything else it reported is a usage error.
    return usageExitCode(error);
  }
  const opts = cli.opts<Options>();
  if (opts.format === 'csv' && !opts.out) {
    throw new UsageError(
      '--format csv writes three files (nodes.csv, edges.csv, evidence.csv): give a directory with --out.',
    );
  }
  if (opts.out && opts.format !== 'csv' && fs.existsSync(opts.out) && fs.statSync(opts.out).isDirectory()) {
    throw new UsageError(
      `--out ${opts.out} is a directory; give a file name, e.g. ${path.join(opts.out, 'graph.' + opts.format)}.`,
    );
  }
  let selection;
  try {
    selection = parseSelection(
      { ids: opts.ids, depth: opts.depth, from: opts.from, to: opts.to, k: opts.k, maxHops: opts.maxHops },
      (p) => FLAGS[p],
    );
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const started = Date.now();
  return withNeo4j({ unreachableExitCode: 1, configExitCode: 2 }, async (session) => {
    const exp: OpenExport = await openExport(session.graph(), selection, opts.timeout * 1000);
    try {
      const written = await run(opts, exp);
      const { nodes, links } = exp.summary;
      console.error(
        `Exported ${nodes} node${nodes === 1 ? '' : 's'} and ${links} relationship${links === 1 ? '' : 's'} ` +
          `(${describeSelection(selection)})${written.length ? ` to ${written.join(', ')}` : ''} ` +
          `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    } finally {
      await exp.close();
    }
    return 0;
  });
}

runCli(
  'export',
  () =>
    main(process.argv).catch((error: unknown) => {
      if (error instanceof UsageError) {
        throw new CliError(`${error.message}\n(run with --help for the selections, formats and examples)`, 2);
      }
      throw error;
    }),
  { expected: (e) => e instanceof DomainError },
);
