/**
 * `npm run db:<command>`: manage the bundled local Neo4j and apply the Cypher scripts.
 */
import { Command } from 'commander';
import { Config, loadConfig } from '../config';
import { LocalNeo4j, LocalServerError, install, pinnedNeo4jVersion } from '../db/local-server';
import { CypherScriptError, formatReport, migrate, seed } from '../db/runner';
import { runCli, withNeo4j } from './run';

const log = (line: string): void => console.log(line);

function localServer(config: Config): LocalNeo4j {
  return new LocalNeo4j(config.local, config.neo4j.password, config.neo4j.user);
}

function applyScripts(kind: 'migrate' | 'seed'): Promise<void> {
  return withNeo4j({ unreachableExitCode: 1 }, async ({ config, uri, driver }) => {
    log(`${kind === 'migrate' ? 'Migrating' : 'Seeding'} ${uri} (database "${config.neo4j.database}"):`);
    const started = Date.now();
    const run = kind === 'migrate' ? migrate : seed;
    const reports = await run(driver, { database: config.neo4j.database, onFile: (r) => log(formatReport(r)) });
    const nodes = reports.reduce((n, r) => n + r.nodesCreated, 0);
    const rels = reports.reduce((n, r) => n + r.relationshipsCreated, 0);
    log(`Done: ${reports.length} files, +${nodes} nodes, +${rels} relationships in ${Date.now() - started} ms.`);
  });
}

const program = new Command()
  .name('db')
  .description(
    'Manage the bundled local Neo4j (used when NEO4J_URI is not set) and apply the Cypher scripts in cypher/.',
  )
  .showHelpAfterError();

program
  .command('install')
  .description(`resolve Neo4j Community ${pinnedNeo4jVersion()} from Maven Central (db:start does this when needed)`)
  .action(async () => {
    await install(log);
    log('Neo4j is installed.');
  });

program
  .command('start')
  .description('start the local Neo4j and wait until Bolt answers')
  .action(async () => {
    const config = loadConfig();
    if (config.neo4j.uri)
      log(`Note: NEO4J_URI is set (${config.neo4j.uri}); the service will use that, not this local server.`);
    const server = localServer(config);
    const started = Date.now();
    const fresh = (await server.start(log, 'cli')) === 'started';
    log(
      `${fresh ? 'Neo4j started' : 'Neo4j is already running'}: ${server.uri} ` +
        `(user ${config.neo4j.user}, data in ${server.home})${fresh ? ` in ${((Date.now() - started) / 1000).toFixed(1)} s` : ''}.`,
    );
  });

program
  .command('stop')
  .description('stop the local Neo4j cleanly (the next start reuses its data)')
  .action(async () => {
    const server = localServer(loadConfig());
    const stopped = await server.stop(log);
    log(stopped ? 'Neo4j stopped.' : 'Neo4j was not running.');
  });

program
  .command('status')
  .description('say whether the local Neo4j is running, where it listens and where its data lives')
  .action(() => {
    const config = loadConfig();
    const s = localServer(config).status();
    if (s.state === 'running') {
      const by = s.startedBy
        ? `, started by ${s.startedBy.owner === 'service' ? 'npm start' : 'npm run db:start'} (pid ${s.startedBy.pid})`
        : '';
      log(
        `${s.stopping ? 'stopping' : 'running'}: ${s.uri} (pid ${s.pid}, since ${s.startedAt}${by}, data in ${s.dataDir})`,
      );
    } else if (s.state === 'stale')
      log(`stopped (stale pid file for process ${s.pid}; the next start removes it). Data in ${s.dataDir}`);
    else log(`stopped. Data in ${s.dataDir}`);
    if (config.neo4j.uri) log(`NEO4J_URI is set: the service uses ${config.neo4j.uri}.`);
    process.exitCode = s.state === 'running' ? 0 : 3;
  });

program
  .command('migrate')
  .description('apply cypher/schema/*.cypher (constraints and indexes), idempotently')
  .action(() => applyScripts('migrate'));

program
  .command('seed')
  .description('apply the schema, then cypher/data/*.cypher (the curated graph), idempotently')
  .action(() => applyScripts('seed'));

runCli('db', () => program.parseAsync(process.argv).then(() => undefined), {
  expected: (e) => e instanceof LocalServerError || e instanceof CypherScriptError,
});
