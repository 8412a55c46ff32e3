/**
 * `npm run db:backup [-- --out file]` and `npm run db:restore -- <file>`: back up and
 * restore the bundled local Neo4j with Neo4j's own dump and load (src/db/backup.ts).
 *
 * Exit codes: 0 done; 1 failed (the message says in what state things are);
 * 2 usage error; 3 refused: NEO4J_URI points at an external server (README: Backups).
 */
import { Command } from 'commander';
import { loadConfig } from '../config';
import { backup, BackupError, ExternalServerError, manifestPath, restore } from '../db/backup';
import { LocalServerError } from '../db/local-server';
import { CliError, runCli } from './run';

const log = (line: string): void => console.log(line);

const program = new Command()
  .name('db:backup / db:restore')
  .description(
    'Back up and restore the bundled local Neo4j with neo4j-admin database dump / load. Neo4j Community needs the ' +
      'database stopped for both: a running local server is stopped, and started again afterwards. ' +
      'Refused (exit code 3) when NEO4J_URI points at an external server.',
  )
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 1 ? 2 : error.exitCode));

program
  .command('backup')
  .description('dump the local database to a file, with a manifest (<file>.json) of its counts and checksum')
  .option('--out <file>', 'where to write the dump (default: backups/<database>-<UTC time>.dump)')
  .option('--force', 'replace the file if it exists')
  .action(async (opts: { out?: string; force?: boolean }) => {
    const started = Date.now();
    const { file, manifest } = await backup(loadConfig(), opts, log);
    log(
      `Backup written: ${file} (${(manifest.bytes / 1024 / 1024).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
    log(`Manifest: ${manifestPath(file)}. Restore with: npm run db:restore -- ${file}`);
  });

program
  .command('restore')
  .description('replace the local database with a dump (the current one is saved to a safety copy first)')
  .argument('<file>', 'a dump written by npm run db:backup (or neo4j-admin database dump)')
  .action(async (file: string) => {
    const started = Date.now();
    const result = await restore(loadConfig(), file, log);
    log(`Safety copy of the database as it was: ${result.safetyCopy}`);
    if (result.matches === false) {
      throw new BackupError('The restored graph does NOT match the fingerprint recorded with the backup (see above).');
    }
    log(
      `Restored from ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (result.matches ? ': counts and checksum match the backup.' : '.'),
    );
  });

runCli(
  'db:backup',
  () =>
    program.parseAsync(process.argv).then(
      () => undefined,
      (error: unknown) => {
        // Refused, not failed: NEO4J_URI points at a server this tool does not manage.
        throw error instanceof ExternalServerError ? new CliError(error.message, 3) : error;
      },
    ),
  { expected: (e) => e instanceof BackupError || e instanceof LocalServerError },
);
