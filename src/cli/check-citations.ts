/**
 * `npm run check:citations -- <folder> [--source <id>…]`: verify that every evidence record's
 * excerpt (docs/evidence.md) is a verbatim span of its source's text file, at the offsets the
 * record gives (textStart/textEnd).
 *
 * Exit codes: 0 all excerpts verified; 1 some excerpt not verified, a source file missing or
 * changed; 2 usage error or the database could not be reached.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { readCitations, UnknownSourceError } from '../citations/graph';
import { checkExcerpts, formatResult, passed } from '../citations/match';
import { runCli, withNeo4j } from './run';

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('check-citations')
    .description(
      'Check every :Evidence record in Neo4j (docs/evidence.md): its `excerpt` must be found verbatim in the text ' +
        'of the Source its `sourceId` names, and the span [textStart, textEnd) of that text (Unicode code points) ' +
        'must hold it. Each Source node names its text file in `textFile`; the file is looked up in the sources ' +
        "folder, and compared with the Source's `textSha256` when it has one. Before comparing, both sides are " +
        'normalised: Unicode NFC, whitespace runs to one space, typographic quotes (‘ ’ “ ” ′ ″) to \' and ", ' +
        'dashes (– — ‐ ‑ −) to -. Synthetic sources (generated corpora, no text) and their evidence are skipped. ' +
        'Prints every record not verified (record, fact, excerpt, where it really is) and the number checked.',
    )
    .argument('[folder]', 'folder holding the source text files (same as --sources)')
    .option('-s, --sources <folder>', 'folder holding the source text files, e.g. ../shared/seed')
    .option(
      '--source <id...>',
      'check only the evidence of these sources (:Source ids); default: every source that has a text',
    )
    .option('--json', 'print the full result as JSON instead of text')
    .addHelpText(
      'after',
      '\nConnection (environment variables):\n' +
        '  NEO4J_URI        Bolt URI (default bolt://localhost:7687)\n' +
        '  NEO4J_USER       user name (default neo4j)\n' +
        '  NEO4J_PASSWORD   password\n' +
        '  NEO4J_DATABASE   database (default neo4j)\n' +
        '\nExit codes:\n' +
        '  0  every excerpt verified\n' +
        '  1  some excerpt not found, not at its offsets (or empty, without offsets or sourceId, naming an unknown\n' +
        '     source), or a source file missing or changed\n' +
        '  2  usage error (also an unknown or synthetic --source), sources folder unreadable, or Neo4j unreachable\n' +
        '\nExamples:\n' +
        '  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret npm run check:citations -- ../shared/seed\n' +
        '  npm run check:citations -- ~/sources --source source:example-2024-01-02\n',
    )
    .showHelpAfterError()
    .exitOverride();

  try {
    program.parse(argv);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    // --help and --version exit 0 through commander; everything else is a usage error.
    return code === 0 ? 0 : 2;
  }
  const opts = program.opts<{ sources?: string; source?: string[]; json?: boolean }>();
  const positional = program.args[0];
  if (opts.sources && positional && path.resolve(opts.sources) !== path.resolve(positional)) {
    throw new UsageError(
      'Give the sources folder once: either as an argument or with --sources, not two different ones.',
    );
  }
  const folderArg = opts.sources ?? positional;
  if (!folderArg)
    throw new UsageError('Missing the sources folder: check-citations <folder> (or --sources <folder>). See --help.');
  const folder = path.resolve(folderArg);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new UsageError(`Sources folder not found or not a directory: ${folder}`);
  }

  return withNeo4j({ unreachableExitCode: 2 }, async ({ config, driver }) => {
    let citations;
    try {
      citations = await readCitations(driver, config.neo4j.database, opts.source);
    } catch (error) {
      if (error instanceof UnknownSourceError) throw new UsageError(error.message);
      throw error;
    }
    const { sources, excerpts } = citations;
    const result = checkExcerpts(
      excerpts,
      sources,
      (textFile) => {
        // textFile is a file name inside the folder; refuse paths that escape it.
        const full = path.resolve(folder, textFile);
        if (!full.startsWith(folder + path.sep)) return null;
        try {
          return fs.readFileSync(full, 'utf8');
        } catch {
          return null;
        }
      },
      // The file's bytes are its UTF-8 text read back (the seed records the SHA-256 of the bytes).
      (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
    );
    if (opts.json) {
      console.log(JSON.stringify({ folder, sources: sources.length, ...result, passed: passed(result) }, null, 2));
    } else {
      console.log(
        `Sources folder: ${folder} (${sources.length} source${sources.length === 1 ? '' : 's'} with a text checked)`,
      );
      for (const line of formatResult(result, folder)) console.log(line);
    }
    return passed(result) ? 0 : 1;
  });
}

runCli('check-citations', () => main(process.argv), {
  expected: (e) => e instanceof UsageError,
  expectedExitCode: 2,
  unexpectedExitCode: 2,
});
