/**
 * Fault and abuse suite, process lifecycle of `npm start` (src/main.ts) with the
 * bundled Neo4j in a data directory of this file's own:
 *
 *   - a taken HTTP port: a clean message and exit 1 before anything is started;
 *   - the restart race: SIGTERM to `npm start`'s process group and a new start 0.5 s
 *     later, which must wait for the old database to exit and then start it again;
 *   - a SIGKILLed `npm start`: the next one takes its database over and stops it on exit;
 *   - a database started with `npm run db:start` is left running.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, LocalNeo4j } from '../../src/db/local-server';
import { RunningCli, startCli } from '../support/cli';
import { postGraphQL } from '../support/http';

const PASSWORD = 'lifecycle-' + Math.random().toString(36).slice(2, 10);
const START_TIMEOUT_S = 300;

let home: string;
let boltPort: number;
let httpPort: number;

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-lifecycle-'));
  boltPort = await freePort();
  httpPort = await freePort();
});

afterAll(async () => {
  // Whatever a failed case left running.
  await local()
    .stop()
    .catch(() => undefined);
  fs.rmSync(home, { recursive: true, force: true });
});

const local = (): LocalNeo4j =>
  new LocalNeo4j(
    { boltPort, dataDir: home, heap: '384m', pageCache: '64m', startTimeoutMs: START_TIMEOUT_S * 1000 },
    PASSWORD,
  );

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    JAVA_HOME: process.env.JAVA_HOME,
    NEO4J_PASSWORD: PASSWORD,
    NEO4J_LOCAL_DATA_DIR: home,
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    NEO4J_LOCAL_HEAP: '384m',
    NEO4J_LOCAL_PAGECACHE: '64m',
    NEO4J_LOCAL_START_TIMEOUT_S: String(START_TIMEOUT_S),
    SEED_ON_START: 'false',
    PORT: String(httpPort),
    HOST: '127.0.0.1',
    ...extra,
  };
}

const run = (args: string[], environment = env()): RunningCli => startCli(args, environment, { detached: true });

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
};

async function gone(pid: number): Promise<void> {
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  expect(isAlive(pid)).toBe(false);
}

/**
 * The service answers the health query. A Neo4j just started on a busy machine may
 * time out its first queries while it warms up: those are retried, anything else fails.
 */
async function healthOk(): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const res = await postGraphQL(`http://127.0.0.1:${httpPort}/graphql`, '{ health { status } }');
    const code = res.body.errors?.[0]?.extensions?.code;
    if (code === undefined) {
      expect(res.body.data!.health.status).toBe('ok');
      return;
    }
    expect(code).toBe('TIMEOUT');
    if (Date.now() > deadline) throw new Error('the health query kept timing out');
  }
}

describe('npm start on a port that is in use', () => {
  it('says so and exits 1 before starting or seeding anything, with no stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(httpPort, '127.0.0.1', r));
    try {
      const p = run(['src/main.ts'], env({ SEED_ON_START: 'true' }));
      expect(await p.exited).toBe(1);
      expect(p.err()).toMatch(new RegExp(`Port ${httpPort} on 127\\.0\\.0\\.1 is already in use.*set PORT`));
      expect(p.err()).not.toMatch(/\n\s+at |EADDRINUSE/);
      expect(p.out()).not.toMatch(/Applying schema|bundled local Neo4j/);
      expect(fs.existsSync(path.join(home, 'run', 'launcher.json'))).toBe(false);
    } finally {
      blocker.close();
    }
  }, 60_000);
});

describe('restarts', () => {
  it('a start 0.5 s after SIGTERM waits for the stopping database to exit, starts it again and serves', async () => {
    const first = run(['src/main.ts']);
    await first.until(/GraphQL API ready/);
    const oldPid = local().status().pid!;
    first.signal('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    const second = run(['src/main.ts']);
    try {
      expect(await first.exited).toBe(0);
      await second.until(/GraphQL API ready/);
      expect(second.out()).toMatch(/is stopping; waiting for it to exit|Local Neo4j started/);
      await gone(oldPid);
      const status = local().status();
      expect(status.state).toBe('running');
      expect(status.pid).not.toBe(oldPid);
      expect(status.startedBy?.owner).toBe('service');
      await healthOk();
    } finally {
      second.signal('SIGTERM');
      await second.exited;
    }
    expect(local().status().state).toBe('stopped');
  }, 900_000);

  it('after `npm start` is SIGKILLed, the next one takes its database over and stops it on exit', async () => {
    const first = run(['src/main.ts']);
    await first.until(/GraphQL API ready/);
    first.signal('SIGKILL');
    await first.exited;
    const orphan = local().status();
    expect(orphan.state).toBe('running');
    await gone(orphan.startedBy!.pid);

    const second = run(['src/main.ts']);
    await second.until(/GraphQL API ready/);
    expect(second.out()).toMatch(/left running by an earlier `npm start`.*takes it over/);
    expect(local().status().pid).toBe(orphan.pid);
    await healthOk();
    second.signal('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.out()).toMatch(/Stopping the local Neo4j/);
    expect(local().status().state).toBe('stopped');
    await gone(orphan.pid!);
  }, 900_000);

  it('a database started with `npm run db:start` is left running when `npm start` exits', async () => {
    const dbStart = run(['src/cli/db.ts', 'start']);
    expect(await dbStart.exited).toBe(0);
    const started = local().status();
    expect(started.startedBy?.owner).toBe('cli');

    const service = run(['src/main.ts']);
    await service.until(/GraphQL API ready/);
    expect(service.out()).toMatch(/already running .* left running on exit/);
    service.signal('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(local().status()).toMatchObject({ state: 'running', pid: started.pid });

    const dbStop = run(['src/cli/db.ts', 'stop']);
    expect(await dbStop.exited).toBe(0);
    expect(local().status().state).toBe('stopped');
  }, 900_000);
});
