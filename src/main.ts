/**
 * `npm start`: with no NEO4J_URI, start the bundled local Neo4j; migrate and
 * seed; serve GraphQL. Ctrl-C / SIGTERM stops the service and, if this process
 * started it (or took it over from an earlier `npm start` that was killed), the database.
 */
import { ConfigError, effectiveUri, loadConfig } from './config';
import { DatabaseCircuit } from './db/circuit';
import { createDriver, Graph } from './db/driver';
import { LocalNeo4j, LocalServerError, portIsFree } from './db/local-server';
import { CypherScriptError, formatReport, seed } from './db/runner';
import { startService, RunningService } from './server';

const log = (line: string): void => console.log(line);

/** A start-up problem the user can fix; printed as its message alone. */
class StartupError extends Error {}

const portInUse = (port: number, host: string): StartupError =>
  new StartupError(
    `Port ${port} on ${host} is already in use (another npm start?). Stop what listens there, or set PORT to a free port.`,
  );

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
    // First of all, so that an `npm start` racing with this shutdown waits for the
    // database to exit instead of connecting to one about to go away.
    if (local && startedLocal) local.markStopping();
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

  // Before anything is started or written: a taken port would only fail after the seed.
  if (!(await portIsFree(config.http.port, config.http.host))) throw portInUse(config.http.port, config.http.host);

  if (config.neo4j.uri === undefined) {
    local = new LocalNeo4j(config.local, config.neo4j.password, config.neo4j.user);
    const t = Date.now();
    log(`NEO4J_URI is not set: using the bundled local Neo4j (data in ${local.home}).`);
    const outcome = await local.start(log, 'service');
    startedLocal = outcome !== 'running';
    log(
      outcome === 'started'
        ? `Local Neo4j started on ${local.uri} in ${((Date.now() - t) / 1000).toFixed(1)} s.`
        : outcome === 'adopted'
          ? `Local Neo4j on ${local.uri} taken over; it will be stopped on exit.`
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
      // Not necessarily the local server: NEO4J_URI may name a remote one.
      throw new StartupError(
        `Cannot reach Neo4j at ${uri} (database "${config.neo4j.database}"): ${(error as Error).message}\n` +
          'Check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (README: Troubleshooting).',
      );
    }
    if (config.seedOnStart) {
      log(`Applying schema and seed data to ${uri}:`);
      const reports = await seed(driver, { database: config.neo4j.database, onFile: (r) => log(formatReport(r)) });
      log(`Schema and seed applied (${reports.length} files).`);
    }
    const circuit = new DatabaseCircuit(config.neo4j.retryAfterMs);
    const graph = new Graph(driver, config.neo4j.database, config.neo4j.queryTimeoutMs, undefined, circuit);
    try {
      service = await startService(graph, config.http.port, config.http.host, {
        limits: config.http.limits,
        openCypher: config.openCypher,
        curation: { sourcesDir: config.sourcesDir },
        auth: config.auth,
      });
    } catch (error) {
      // Taken between the check above and now.
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw portInUse(config.http.port, config.http.host);
      throw error;
    }
    log(`GraphQL API ready at ${service.url}`);
    log(
      config.auth.readsRequireKey
        ? 'Every request needs an API key (READS_REQUIRE_KEY=true): Authorization: Bearer <key>.'
        : 'Reads are open; writes need an API key (Authorization: Bearer <key>; npm run keys -- create).',
    );
    log(
      config.openCypher.enabled
        ? `openCypher endpoint for graph-explorer: ${service.url.replace(/\/graphql$/, '')}/openCypher (read-only)`
        : 'openCypher endpoint off (OPENCYPHER_ENABLED=true to serve it on a non-loopback HOST).',
    );
    if (shuttingDown) await service.stop();
  }
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof LocalServerError ||
    error instanceof CypherScriptError ||
    error instanceof StartupError
  ) {
    console.error(`error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
