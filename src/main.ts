/**
 * `npm start`: with no NEO4J_URI, start the bundled local Neo4j; migrate and
 * seed; serve GraphQL. Ctrl-C / SIGTERM stops the service and, if this process
 * started it, the database.
 */
import { ConfigError, effectiveUri, loadConfig } from './config';
import { createDriver, Graph } from './db/driver';
import { LocalNeo4j, LocalServerError } from './db/local-server';
import { CypherScriptError, formatReport, seed } from './db/runner';
import { startService, RunningService } from './server';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const config = loadConfig();
  let local: LocalNeo4j | undefined;
  let startedLocal = false;
  let service: RunningService | undefined;
  let shuttingDown = false;

  const driver = createDriver(config);
  const shutdown = async (signal: string): Promise<void> => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`\n${signal}: shutting down...`);
    await service?.stop().catch((e) => console.error('stopping the HTTP server:', e));
    await driver.close().catch(() => undefined);
    if (local && startedLocal) {
      log('Stopping the local Neo4j this process started...');
      await local.stop(log).catch((e) => console.error('stopping Neo4j:', e));
    }
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (config.neo4j.uri === undefined) {
    local = new LocalNeo4j(config.local, config.neo4j.password, config.neo4j.user);
    const t = Date.now();
    log(`NEO4J_URI is not set: using the bundled local Neo4j (data in ${local.home}).`);
    startedLocal = await local.start(log);
    log(
      startedLocal
        ? `Local Neo4j started on ${local.uri} in ${((Date.now() - t) / 1000).toFixed(1)} s.`
        : `Local Neo4j already running on ${local.uri}; it will be left running on exit.`,
    );
  }
  try {
    await serve();
  } catch (error) {
    // Do not leave behind a database that only this failed start needed.
    await driver.close().catch(() => undefined);
    if (local && startedLocal) await local.stop(log).catch(() => undefined);
    throw error;
  }

  async function serve(): Promise<void> {
    const uri = effectiveUri(config);
    try {
      await driver.verifyConnectivity({ database: config.neo4j.database });
    } catch (error) {
      throw new LocalServerError(
        `Cannot reach Neo4j at ${uri} (database "${config.neo4j.database}"): ${(error as Error).message}\n` +
          'Check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (README: Troubleshooting).',
      );
    }
    if (config.seedOnStart) {
      log(`Applying schema and seed data to ${uri}:`);
      const reports = await seed(driver, { database: config.neo4j.database, onFile: (r) => log(formatReport(r)) });
      log(`Schema and seed applied (${reports.length} files).`);
    }
    const graph = new Graph(driver, config.neo4j.database, config.neo4j.queryTimeoutMs);
    service = await startService(graph, config.http.port, config.http.host, { openCypher: config.openCypher });
    log(`GraphQL API ready at ${service.url}`);
    log(
      config.openCypher.enabled
        ? `openCypher endpoint for graph-explorer: ${service.url.replace(/\/graphql$/, '')}/openCypher (read-only)`
        : 'openCypher endpoint off (OPENCYPHER_ENABLED=true to serve it on a non-loopback HOST).',
    );
    if (shuttingDown) await service.stop();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalServerError || error instanceof CypherScriptError) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
