/**
 * `npm run db:<command>`: manage the bundled local Neo4j and apply the Cypher scripts.
 */
import { Command } from 'commander';
import { Config, ConfigError, effectiveUri, loadConfig } from '../config';
import { createDriver } from '../db/driver';
import { LocalNeo4j, LocalServerError, install, pinnedNeo4jVersion } from '../db/local-server';
import { CypherScriptError, formatReport, migrate, seed } from '../db/runner';

const log = (line: string): void => console.log(line);

function localServer(config: Config): LocalNeo4j {
  return new LocalNeo4j(config.local, config.neo4j.password, config.neo4j.user);
}

async function applyScripts(kind: 'migrate' | 'seed'): Promise<void> {
  const config = loadConfig();
  const uri = effectiveUri(config);
  const driver = createDriver(config, uri);
  try {
    try {
      await driver.verifyConnectivity({ database: config.neo4j.database });
    } catch (error) {
      const hint = config.neo4j.uri
        ? 'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.'
        : 'Start the local server first: npm run db:start';
      throw new LocalServerError(`Cannot reach Neo4j at ${uri}: ${(error as Error).message}\n${hint}`);
    }
    log(`${kind === 'migrate' ? 'Migrating' : 'Seeding'} ${uri} (database "${config.neo4j.database}"):`);
    const started = Date.now();
    const run = kind === 'migrate' ? migrate : seed;
    const reports = await run(driver, { database: config.neo4j.database, onFile: (r) => log(formatReport(r)) });
    const nodes = reports.reduce((n, r) => n + r.nodesCreated, 0);
    const rels = reports.reduce((n, r) => n + r.relationshipsCreated, 0);
    log(`Done: ${reports.length} files, +${nodes} nodes, +${rels} relationships in ${Date.now() - started} ms.`);
  } finally {
    await driver.close();
  }
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
      log(`${s.stopping ? 'stopping' : 'running'}: ${s.uri} (pid ${s.pid}, since ${s.startedAt}${by}, data in ${s.dataDir})`);
    }
    else if (s.state === 'stale')
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

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalServerError || error instanceof CypherScriptError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
