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

export async function startThrowawayNeo4j(
  options: { heap?: string; pageCache?: string; plugins?: string[]; log?: (l: string) => void } = {},
): Promise<Throwaway> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-scale-neo4j-'));
  const port = await freePort();
  const password = 'scale-' + Math.random().toString(36).slice(2, 12);
  for (const jar of options.plugins ?? []) {
    fs.mkdirSync(path.join(home, 'plugins'), { recursive: true });
    fs.copyFileSync(jar, path.join(home, 'plugins', path.basename(jar)));
  }
  const server = new LocalNeo4j(
    {
      boltPort: port,
      dataDir: home,
      heap: options.heap ?? '512m',
      pageCache: options.pageCache ?? '128m',
      startTimeoutMs: 180_000,
    },
    password,
  );
  // On failure the home is kept: its logs/ say why the server did not start.
  await server.start(options.log);
  return {
    server,
    uri: server.uri,
    user: 'neo4j',
    password,
    home,
    stop: async () => {
      await server.stop().catch(() => undefined);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
