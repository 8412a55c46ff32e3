/**
 * `npm run ingest -- <file> [--texts dir] [--dry-run] [--json]`: add one source — its
 * metadata, new entities and statements with their evidence — from a declarative file
 * (docs/ingest.md), without writing Cypher.
 *
 * Exit codes: 0 written (or nothing to change, or a clean dry run); 1 the file has problems
 * (each named file:line) or the database refused or could not be reached; 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { ingest } from '../ingest/ingest';
import { formatResult, jsonResult } from '../ingest/report';
import { WriteConflict } from '../ingest/write';
import { cliConfig, CliError, runCli, usageExitCode, withNeo4j } from './run';

class UsageError extends Error {}

function program(): Command {
  return new Command()
    .name('ingest')
    .description(
      'Add one source to the graph from a source file (YAML, docs/ingest.md): its metadata, the new entities it ' +
        'names and its statements, each a fact with its evidence (a verbatim excerpt of the source text, ' +
        'attribution, confidence, status, stance). Everything is checked before anything is written: the format, ' +
        'ids and vocabularies, dates and precision, every reference (in the database or in the file) and every ' +
        'excerpt (verbatim in the text, once, or disambiguated). Then it writes in one transaction, idempotently, ' +
        'and refreshes the evidence summaries of every fact it touched. Existing facts keep their properties; ' +
        "other sources' evidence is never touched.",
    )
    .argument('<file>', 'the source file (YAML), e.g. test/fixtures/ingest/synthetic-border-bulletin.yaml')
    .option('--texts <dir>', 'folder holding the source text the file names (default: SOURCES_DIR)')
    .option('--dry-run', 'check everything and print what would change; write nothing')
    .option('--json', 'print the result as JSON (problems, warnings, changes, what was written)')
    .addHelpText(
      'after',
      '\nThe source text is read from <dir>/<source.text>; its SHA-256 is recorded on the Source and, when the\n' +
        'Source is already in the database, must match (evidence offsets point into that text).\n' +
        '\nConnection: the same environment (and .env) as `npm start`: NEO4J_URI (default: the bundled local Neo4j,\n' +
        'which must be running: npm run db:start), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; SOURCES_DIR.\n' +
        '\nExit codes: 0 written, nothing to change, or dry run without problems; 1 problems in the file (each\n' +
        'named file:line), or the database refused the write or could not be reached; 2 usage error.\n' +
        '\nExamples:\n' +
        '  npm run ingest -- test/fixtures/ingest/synthetic-border-bulletin.yaml --texts test/fixtures/sources --dry-run\n' +
        '  npm run ingest -- test/fixtures/ingest/synthetic-border-bulletin.yaml --texts test/fixtures/sources\n' +
        '  SOURCES_DIR=../shared/sources npm run ingest -- sources/my-article.yaml --json\n',
    )
    .showHelpAfterError('(run with --help for the options and examples)')
    .exitOverride();
}

async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    cli.parse(argv);
  } catch (error) {
    return usageExitCode(error);
  }
  const opts = cli.opts<{ texts?: string; dryRun?: boolean; json?: boolean }>();
  // npm run starts the script in the project root; paths on the command line are meant from
  // where the user typed them (INIT_CWD).
  const here = process.env.INIT_CWD ?? process.cwd();
  const file = path.resolve(here, cli.args[0]!);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`No such source file: ${file}`);

  const config = cliConfig(2);
  const textsDir = opts.texts ? path.resolve(here, opts.texts) : config.sourcesDir;
  if (!textsDir) {
    throw new UsageError(
      'Where is the source text? Give the folder holding it with --texts <dir>, or set SOURCES_DIR (see --help).',
    );
  }
  if (!fs.existsSync(textsDir) || !fs.statSync(textsDir).isDirectory()) {
    throw new UsageError(`The texts folder ${textsDir} does not exist or is not a folder.`);
  }

  const connect = { config, unreachableExitCode: 1, unreachableNote: 'Nothing was written.' };
  return withNeo4j(connect, async ({ driver }) => {
    const dryRun = opts.dryRun ?? false;
    const result = await ingest(driver, {
      file,
      name: path.relative(here, file).startsWith('..') ? file : path.relative(here, file),
      textsDir,
      database: config.neo4j.database,
      dryRun,
    });
    if (opts.json) console.log(JSON.stringify(jsonResult(result, dryRun), null, 2));
    else {
      const lines = formatResult(result, dryRun);
      (result.problems.length ? console.error : console.log)(lines.join('\n'));
    }
    return result.problems.length ? 1 : 0;
  }).catch((error: unknown) => {
    if (error instanceof WriteConflict) throw new CliError(error.message, 1);
    if (error instanceof Neo4jError) {
      throw new CliError(`the database refused: ${error.message} [${error.code}]. Nothing was written.`, 1);
    }
    throw error;
  });
}

// Anything else is a bug, printed with its stack (exit 1); nothing was written (the write is one transaction).
runCli('ingest', () => main(process.argv), { expected: (e) => e instanceof UsageError, expectedExitCode: 2 });
