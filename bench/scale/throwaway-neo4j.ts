/**
 * A throwaway local Neo4j for the scale benchmark and the loader test: a free port, a
 * temporary home, a random password; `stop()` stops it and deletes its data.
 * `plugins` are jar files copied into its plugins folder before it starts (APOC core).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, LocalNeo4j } from '../../src/db/local-server';

export interface Throwaway {
  server: LocalNeo4j;
  uri: string;
  user: string;
  password: string;
  home: string;
  stop(): Promise<void>;
}

export interface Neo4jInOptions {
  heap?: string;
  pageCache?: string;
  plugins?: string[];
  log?: (l: string) => void;
  password?: string;
  port?: number;
  startTimeoutMs?: number;
  /** `stop()` deletes the home too (a throwaway); a kept store (bench --db-home) stays. */
  discard: boolean;
}

/**
 * A Neo4j in `home` (created if missing): plugins copied in, started, and a handle whose `stop()`
 * stops it (and, for a throwaway, deletes its data). On a failed start the home is kept: its logs/
 * say why. Shared by the throwaways below and the benchmark's kept store.
 */
export async function startNeo4jIn(home: string, options: Neo4jInOptions): Promise<Throwaway> {
  fs.mkdirSync(home, { recursive: true });
  const password = options.password ?? 'scale-' + Math.random().toString(36).slice(2, 12);
  for (const jar of options.plugins ?? []) {
    fs.mkdirSync(path.join(home, 'plugins'), { recursive: true });
    fs.copyFileSync(jar, path.join(home, 'plugins', path.basename(jar)));
  }
  const server = new LocalNeo4j(
    {
      boltPort: options.port ?? (await freePort()),
      dataDir: home,
      heap: options.heap ?? '512m',
      pageCache: options.pageCache ?? '128m',
      startTimeoutMs: options.startTimeoutMs ?? 180_000,
    },
    password,
  );
  await server.start(options.log);
  return {
    server,
    uri: server.uri,
    user: 'neo4j',
    password,
    home,
    stop: async () => {
      await server.stop().catch(() => undefined);
      if (options.discard) fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export async function startThrowawayNeo4j(
  options: { heap?: string; pageCache?: string; plugins?: string[]; log?: (l: string) => void } = {},
): Promise<Throwaway> {
  return startNeo4jIn(fs.mkdtempSync(path.join(os.tmpdir(), 'brg-scale-neo4j-')), { ...options, discard: true });
}
