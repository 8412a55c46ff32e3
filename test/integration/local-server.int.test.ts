import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkJava, LocalNeo4j, LocalServerError } from '../../src/db/local-server';
import { localTestServer } from '../support/db';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'brg-local-'));
}

const cfg = (dataDir: string, boltPort: number) => ({
  boltPort,
  dataDir,
  heap: '256m',
  pageCache: '64m',
  startTimeoutMs: 60_000,
});

describe('the local Neo4j launcher', () => {
  it('reports a running server with its port and data directory', () => {
    const server = localTestServer();
    const status = server ? server.status() : undefined;
    // Under NEO4J_TEST_URI there is no local server: the launcher must then say "stopped" for a fresh dir.
    if (!server) {
      expect(new LocalNeo4j(cfg(tempDir(), 7999), 'password1').status().state).toBe('stopped');
      return;
    }
    expect(status!.state).toBe('running');
    expect(status!.uri).toBe(server.uri);
    expect(status!.dataDir).toBe(server.home);
    expect(typeof status!.pid).toBe('number');
  });

  it('treats a pid file whose process is gone as stale, and removes it on stop', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'run'), { recursive: true });
    // A pid that cannot be alive: above Linux's pid_max ceiling.
    const state = { pid: 4194304 + 17, boltPort: 7999, startedAt: new Date(0).toISOString(), version: 'x' };
    fs.writeFileSync(path.join(dir, 'run', 'launcher.json'), JSON.stringify(state));
    const server = new LocalNeo4j(cfg(dir, 7999), 'password1');
    expect(server.status()).toMatchObject({ state: 'stale', pid: state.pid });
    const lines: string[] = [];
    expect(await server.stop((l) => lines.push(l))).toBe(false);
    expect(lines.join('\n')).toMatch(/stale pid file/);
    expect(server.status().state).toBe('stopped');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start on a port that is taken, naming the setting to change', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const dir = tempDir();
    try {
      const error = await new LocalNeo4j(cfg(dir, port), 'password1').start().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LocalServerError);
      expect((error as Error).message).toMatch(new RegExp(`Port ${port} .* taken.*NEO4J_LOCAL_BOLT_PORT`, 's'));
    } finally {
      blocker.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains a missing Java and names the alternatives', () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = '/nonexistent/jdk';
    try {
      expect(() => checkJava()).toThrow(/Java was not found.*docker compose.*NEO4J_URI/s);
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });

  it('finds the installed Java 17 or newer', () => {
    expect(checkJava()).toBeGreaterThanOrEqual(17);
  });
});
