/**
 * `npm run db:check-access [-- --limit <n>] [--repair] [--json]`: check the access paths
 * (docs/ontology.md, Access paths) against the graph: cypher/queries/access/verify.cypher
 * recomputes each from scratch and lists every entity whose stored value differs. --repair
 * first refreshes the access paths of the whole graph (cypher/queries/access/refresh.cypher),
 * e.g. after a post-import pass of npm run load:bulk was interrupted.
 *
 * Exit codes: 0 every access path true; 1 differences found; 2 usage error or Neo4j unreachable.
 */
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig } from '../config';
import { refreshAllAccessPaths, verifyAccessPaths } from '../db/access-paths';
import { createDriver } from '../db/driver';

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('db:check-access')
    .description(
      'Check the access paths (sideOf, participantSides, giverSides, partsStart/partsEnd, ownerSides; docs/ontology.md, ' +
        '"Access paths"): recompute each from the graph and print every entity whose stored value differs. ' +
        'Every write path keeps them true; a difference means a write bypassed them.',
    )
    .option('--limit <n>', 'print at most this many differences (default 100)', (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 100_000)
        throw new InvalidArgumentError('--limit must be a whole number from 1 to 100000.');
      return n;
    })
    .option('--repair', 'refresh the access paths of the whole graph first, then check')
    .option('--json', 'print the differences as JSON')
    .addHelpText(
      'after',
      '\nConnection: NEO4J_URI (default: the bundled local Neo4j), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.\n' +
        '\nExit codes: 0 every access path true; 1 differences found; 2 usage error or Neo4j unreachable.\n' +
        '\nExamples:\n' +
        '  npm run db:check-access\n' +
        '  npm run db:check-access -- --repair\n',
    )
    .showHelpAfterError()
    .exitOverride();
  try {
    program.parse(argv);
  } catch (error) {
    return (error as { exitCode?: number }).exitCode === 0 ? 0 : 2;
  }
  const opts = program.opts<{ limit?: number; repair?: boolean; json?: boolean }>();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const driver = createDriver(config);
  const database = config.neo4j.database;
  try {
    try {
      await driver.verifyConnectivity({ database });
    } catch (error) {
      console.error(`db:check-access: cannot reach Neo4j: ${(error as Error).message}`);
      return 2;
    }
    if (opts.repair) {
      const started = Date.now();
      const n = await refreshAllAccessPaths(driver, database, {
        onBatch: (done, total) =>
          process.stderr.write(
            `\r  refreshed ${done.toLocaleString('en')} of ${total.toLocaleString('en')} (two sweeps over the entities)`,
          ),
      });
      process.stderr.write('\n');
      console.log(
        `Refreshed the access paths of ${n.toLocaleString('en')} entities in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
      );
    }
    const differences = await verifyAccessPaths(driver, database, opts.limit ?? 100);
    if (opts.json) console.log(JSON.stringify(differences, null, 2));
    else if (differences.length === 0) console.log('Every access path is true.');
    else {
      for (const d of differences)
        console.log(
          `${d.id}  ${d.property}: stored ${JSON.stringify(d.stored)}, expected ${JSON.stringify(d.expected)}`,
        );
      console.log(
        `${differences.length} difference(s)${differences.length === (opts.limit ?? 100) ? ' (limit reached)' : ''}; npm run db:check-access -- --repair refreshes them.`,
      );
    }
    return differences.length === 0 ? 0 : 1;
  } finally {
    await driver.close();
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:check-access: ${(error as Error).message}`);
    process.exit(2);
  },
);
