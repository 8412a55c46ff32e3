/**
 * What every benchmark script needs around its measurements: a database to measure
 * against, a line describing the machine (figures mean nothing without it), the
 * `*-latest.json` file it leaves in bench/results, and a command line that reports a
 * failure in one line with a non-zero exit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { Driver } from 'neo4j-driver';
import { Config, PROJECT_ROOT } from '../src/config';
import { createDriver } from '../src/db/driver';
import { LocalNeo4j } from '../src/db/local-server';

/** CPU model and count, memory, Node version, and the load average now. */
export function machineDescription(): string {
  const [one, five] = os.loadavg();
  return (
    `${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `node ${process.version}, load average ${one!.toFixed(1)} / ${five!.toFixed(1)}`
  );
}

/**
 * Run `work` with a driver on NEO4J_URI, or on the bundled local Neo4j, which is started
 * for it when it is not running (and then stopped afterwards, but left alone if it was
 * already running: a benchmark must not take a user's database away).
 */
export async function withBenchDatabase<T>(config: Config, work: (driver: Driver) => Promise<T>): Promise<T> {
  let local: LocalNeo4j | undefined;
  if (!config.neo4j.uri) {
    const server = new LocalNeo4j(config.local, config.neo4j.password, config.neo4j.user);
    if ((await server.start((line) => console.log(line))) !== 'running') local = server;
  }
  const driver = createDriver(config);
  try {
    return await work(driver);
  } finally {
    await driver.close();
    await local?.stop();
  }
}

/** Write bench/results/<name>-latest.json and say where. */
export function writeLatest(name: string, payload: Record<string, unknown>): string {
  const file = path.join(PROJECT_ROOT, 'bench', 'results', `${name}-latest.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(payload, null, 2) + '\n');
  console.log(`Wrote ${path.relative(PROJECT_ROOT, file)}`);
  return file;
}

/** Parse the command line and run; a failure is one line naming the command, and exit code 1. */
export function runBenchCommand(command: Command): void {
  command.parseAsync(process.argv).catch((error: unknown) => {
    console.error(`${command.name()}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
