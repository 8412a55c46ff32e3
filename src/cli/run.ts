/**
 * What every command-line tool in src/cli does the same way: read the configuration, open a driver,
 * check that Neo4j answers (with the hint that fits: the bundled server to start, or the NEO4J_* keys
 * to check), close the driver, and turn the outcome into a message and an exit code. Each tool keeps
 * its own exit codes (its --help documents them); this module only makes them uniform to produce.
 */
import cliProgress from 'cli-progress';
import { type Driver } from 'neo4j-driver';
import { type Config, ConfigError, effectiveUri, loadConfig } from '../config';
import { createDriver, Graph } from '../db/driver';

/** A failure the user can act on: printed as `<tool>: <message>` (no stack) and exited with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The configuration (.env and the environment); a bad value is a CliError with `exitCode`. */
export function cliConfig(exitCode: number): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message, exitCode);
    throw error;
  }
}

/** What to do when Neo4j does not answer: start the bundled server, or fix the NEO4J_* keys. */
export function unreachableHint(config: Config): string {
  return config.neo4j.uri
    ? 'Check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.'
    : 'Start the local server first: npm run db:start (or npm start).';
}

export interface Neo4jSession {
  config: Config;
  uri: string;
  driver: Driver;
  /** The query gateway over this driver, with the configured query timeout. */
  graph(): Graph;
}

export interface ConnectOptions {
  /** The exit code when Neo4j does not answer (each tool's --help documents its own). */
  unreachableExitCode: number;
  /** Appended to the message when Neo4j does not answer (e.g. "Nothing was written."). */
  unreachableNote?: string;
  /** Already loaded (a tool that needs the configuration before connecting). */
  config?: Config;
  /** The exit code of a bad configuration value (default: unreachableExitCode). */
  configExitCode?: number;
}

/**
 * Runs `work` with a driver on the configured Neo4j, checked to answer first; the driver is closed
 * afterwards whatever happens. Neo4j not answering is a CliError naming the server, the database and
 * the fix.
 */
export async function withNeo4j<T>(options: ConnectOptions, work: (session: Neo4jSession) => Promise<T>): Promise<T> {
  const config = options.config ?? cliConfig(options.configExitCode ?? options.unreachableExitCode);
  const uri = effectiveUri(config);
  const driver = createDriver(config, uri);
  try {
    try {
      await driver.verifyConnectivity({ database: config.neo4j.database });
    } catch (error) {
      throw new CliError(
        `cannot reach Neo4j at ${uri} (database "${config.neo4j.database}", user "${config.neo4j.user}"): ` +
          `${(error as Error).message}\n${unreachableHint(config)}` +
          (options.unreachableNote ? ` ${options.unreachableNote}` : ''),
        options.unreachableExitCode,
      );
    }
    const graph = () => new Graph(driver, config.neo4j.database, config.neo4j.queryTimeoutMs);
    return await work({ config, uri, driver, graph });
  } finally {
    await driver.close();
  }
}

export interface RunOptions {
  /** Errors the tool expects (its own, or a library's with a clear message): printed without a stack. */
  expected?: (error: unknown) => boolean;
  /** The exit code of an expected error that is not a CliError (default 1). */
  expectedExitCode?: number;
  /** The exit code of anything unexpected, printed with its stack (a bug; default 1). */
  unexpectedExitCode?: number;
  /**
   * On success, process.exit (for tools whose progress bars or pools would keep the process alive), or
   * (default) only process.exitCode, letting Node exit when the tool's work is done. Failures always exit.
   */
  exitOnSuccess?: boolean;
}

/**
 * Runs a tool's main function and exits with the code it returns (when it returns none: the
 * process.exitCode it set, else 0). A CliError or an expected error prints `<name>: <message>`;
 * a ConfigError is an expected error too; anything else is a bug, printed with its stack.
 */
export function runCli(name: string, main: () => Promise<number | void>, options: RunOptions = {}): void {
  main().then(
    (code) => {
      const exitCode = code ?? (typeof process.exitCode === 'number' ? process.exitCode : 0);
      if (options.exitOnSuccess) process.exit(exitCode);
      process.exitCode = exitCode;
    },
    (error: unknown) => {
      if (error instanceof CliError) {
        console.error(`${name}: ${error.message}`);
        process.exit(error.exitCode);
      } else if (error instanceof ConfigError || options.expected?.(error)) {
        console.error(`${name}: ${(error as Error).message}`);
        process.exit(options.expectedExitCode ?? 1);
      } else {
        console.error(`${name}: ${(error as Error).stack ?? String(error)}`);
        process.exit(options.unexpectedExitCode ?? 1);
      }
    },
  );
}

/** Commander's parse errors (and --help / --version) as exit codes: 0 for help, 2 for a usage error. */
export const usageExitCode = (error: unknown): number => ((error as { exitCode?: number }).exitCode === 0 ? 0 : 2);

/**
 * A progress bar for long work (loads, imports). Not on a terminal (CI, a test's child process)
 * it prints a plain line every 5 s instead of redrawing, so logs stay readable.
 */
export function progressBar(format: string, etaBuffer: number): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { format, etaBuffer, noTTYOutput: !process.stdout.isTTY, notTTYSchedule: 5000 },
    cliProgress.Presets.shades_classic,
  );
}
