/**
 * `npm run load -- <dir> [--batch-size N] [--restart]`: bulk-load JSON Lines in the
 * ontology's shape (facts and their evidence records) into Neo4j, resumably (src/load/online.ts).
 *
 * Exit codes: 0 loaded; 1 a bad record or a refused batch (the message names file:line);
 * 2 usage or connection error.
 */
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, LoadError, loadCorpus } from '../load/online';
import { CliError, progressBar, runCli, usageExitCode, withNeo4j } from './run';

const log = (line: string): void => console.log(line);

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('load')
    .description(
      "Load every .jsonl file under <dir> (nodes, relationships and evidence records in the ontology's shape: see " +
        'src/load/format.ts, docs/ontology.md and docs/evidence.md) into Neo4j, empty or not, in batches of UNWIND, one ' +
        'write transaction each (--concurrency at once): one lookup per batch finds what exists; what is new is CREATEd, ' +
        "what exists is MERGEd (nothing removed; another source's evidence is never touched). The evidence summaries of " +
        'every fact a batch touches (sourceCount, evidenceCount, ' +
        'confidence, disputed, …) are refreshed in the same transaction. Source files load first, then other node ' +
        'files, relationship files, and files of evidence only. Resumable: a checkpoint file records, per input file, the lines ' +
        'committed; interrupted at any point and rerun, the load resumes there and ends with exactly the counts of ' +
        'the input (the lookup makes a re-applied batch harmless). Derives timeStart/timeEnd like ' +
        'cypher/queries/time/bounds.cypher (the one time-bounds rule). Applies the constraints of cypher/schema first and creates the indexes ' +
        'that did not exist yet after the data.',
    )
    .argument('<dir>', 'folder holding the .jsonl files, e.g. one written by npm run generate')
    .option(
      '--batch-size <n>',
      `records per transaction (100-100000, default ${DEFAULT_BATCH_SIZE})`,
      (v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 100 || n > 100_000) {
          throw new InvalidArgumentError('--batch-size must be a whole number from 100 to 100000.');
        }
        return n;
      },
      DEFAULT_BATCH_SIZE,
    )
    .option(
      '--concurrency <n>',
      `batches in their transactions at once (1-8, default ${DEFAULT_CONCURRENCY})`,
      (v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 8)
          throw new InvalidArgumentError('--concurrency must be a whole number from 1 to 8.');
        return n;
      },
      DEFAULT_CONCURRENCY,
    )
    .addOption(
      new Option(
        '--strategy <way>',
        'create: CREATE what one lookup per batch finds new (default); merge: MERGE every row, indexes first (the earlier loader, for comparison)',
      )
        .choices(['create', 'merge'])
        .default('create'),
    )
    .option('--restart', 'ignore the checkpoint and load everything again (safe: nothing is duplicated)')
    .option('--checkpoint <file>', 'checkpoint file (default: <dir>/.load-checkpoint.json)')
    .addHelpText(
      'after',
      '\nRecord format (one JSON object per line):\n' +
        '  {"label": "Person", "properties": {"id": "person:x", "name": "…", …}}\n' +
        '  {"type": "PARTICIPATED_IN", "from": "person:x", "to": "event:y", "properties": {"id": "…", "role": "actor", …}}\n' +
        '  {"evidence": {"factId": "person:x", "factKind": "node", "factType": "Person", "sourceId": "source:a",\n' +
        '                "excerpt": "…", "textStart": 120, "textEnd": 161, "attribution": "reporting",\n' +
        '                "attributedTo": "org:a", "confidence": 1, "status": "asserted", "stance": "supports"}}\n' +
        '  Facts carry no provenance (sourceId, excerpt, attribution, …): that is in evidence records, usually on the\n' +
        "  lines after their fact (a relationship's evidence also names factFrom and factTo). Dates (date, validFrom,\n" +
        '  validTo, knownFrom, knownTo) are "YYYY-MM-DD"; whole numbers are stored as integers.\n' +
        '\nConnection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE (or the bundled local server; see .env.example).\n' +
        '\nExamples:\n' +
        '  npm run generate -- .data/corpus --size small && npm run load -- .data/corpus\n' +
        '  npm run load -- .data/corpus --batch-size 10000     # rerun after an interruption: resumes\n' +
        '  npm run load -- .data/corpus --restart              # load everything again\n',
    )
    .showHelpAfterError()
    .exitOverride();
  try {
    program.parse(argv);
  } catch (error) {
    return usageExitCode(error);
  }
  const opts = program.opts<{
    batchSize: number;
    concurrency: number;
    strategy: 'create' | 'merge';
    restart?: boolean;
    checkpoint?: string;
  }>();
  const dir = path.resolve(program.args[0]!);

  return withNeo4j({ unreachableExitCode: 2 }, async ({ config, uri, driver }) => {
    log(
      `Loading ${dir} into ${uri} (database "${config.neo4j.database}"), ${opts.batchSize} records per transaction, ` +
        `${opts.concurrency} transaction(s) at once${opts.strategy === 'merge' ? ', every row MERGEd (--strategy merge)' : ''}.`,
    );
    const bar = progressBar(
      '{bar} {percentage}% | {nodes} nodes, {rels} relationships, {evidence} evidence | {rate} records/s | ETA {eta_formatted} | {file}',
      20,
    );
    const started = Date.now();
    let barStarted = false;
    const summary = await loadCorpus(driver, {
      dir,
      database: config.neo4j.database,
      target: `${uri}/${config.neo4j.database}`,
      batchSize: opts.batchSize,
      concurrency: opts.concurrency,
      strategy: opts.strategy,
      restart: opts.restart,
      checkpointFile: opts.checkpoint ? path.resolve(opts.checkpoint) : undefined,
      log: (line) => log(barStarted ? `\n${line}` : line),
      onProgress: (p) => {
        const payload = {
          nodes: p.nodes.toLocaleString('en'),
          rels: p.relationships.toLocaleString('en'),
          evidence: p.evidence.toLocaleString('en'),
          rate: Math.round(
            (p.nodes + p.relationships + p.evidence) / Math.max(0.001, (Date.now() - started) / 1000),
          ).toLocaleString('en'),
          file: p.file,
        };
        if (!barStarted) {
          bar.start(p.bytesTotal, p.bytesDone, payload);
          barStarted = true;
        } else bar.update(p.bytesDone, payload);
      },
    }).finally(() => barStarted && bar.stop());
    const relRate = summary.relationshipSeconds > 0 ? summary.relationships / summary.relationshipSeconds : 0;
    const nodeRate = summary.nodeSeconds > 0 ? summary.nodes / summary.nodeSeconds : 0;
    const evidenceRate = summary.seconds > 0 ? summary.evidence / summary.seconds : 0;
    log(
      `Done in ${summary.seconds.toFixed(1)} s: ${summary.files} files; ` +
        `${summary.nodes.toLocaleString('en')} nodes (${Math.round(nodeRate).toLocaleString('en')}/s over the node files, ${summary.nodesCreated.toLocaleString('en')} new), ` +
        `${summary.relationships.toLocaleString('en')} relationships (${Math.round(relRate).toLocaleString('en')}/s over the relationship files, ${summary.relationshipsCreated.toLocaleString('en')} new), ` +
        `${summary.evidence.toLocaleString('en')} evidence records (${Math.round(evidenceRate).toLocaleString('en')}/s over the whole load, ${summary.evidenceCreated.toLocaleString('en')} new)` +
        (summary.resumedLines > 0
          ? `; ${summary.resumedLines.toLocaleString('en')} lines were already committed (resumed)`
          : '') +
        `; indexes created after the data in ${summary.indexSeconds.toFixed(1)} s` +
        (summary.retries > 0
          ? `; ${summary.retries} transaction(s) retried (deadlocks between parallel batches)`
          : '') +
        '.',
    );
    // A machine-readable last line for scripts (bench/scale/run.ts).
    log(`LOAD-SUMMARY ${JSON.stringify(summary)}`);
    return 0;
  }).catch((error: unknown) => {
    throw error instanceof LoadError ? new CliError(error.message, 1) : error;
  });
}

runCli('load', () => main(process.argv), { exitOnSuccess: true, expectedExitCode: 2, unexpectedExitCode: 2 });
