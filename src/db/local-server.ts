/**
 * The bundled local Neo4j: Neo4j Community (version pinned in neo4j-local/pom.xml),
 * resolved from Maven Central by Maven and run as its own Java process on 127.0.0.1.
 *
 * Layout of a data directory (NEO4J_LOCAL_DATA_DIR), which is the server's home:
 *   conf/neo4j.conf   written on every start from the configuration
 *   data/             the store (data/dbms/auth.ini holds the password hash)
 *   logs/             neo4j.log, debug.log, console.log (the JVM's stdout/stderr)
 *   run/launcher.json pid, port and start time of the process this launcher started,
 *                     who started it (npm start or npm run db:start, and that process's pid)
 *                     and, while it is being stopped, since when
 *
 * Ownership: a server started by `npm start` is stopped when that service exits. If
 * the service dies without stopping it (SIGKILL), the next `npm start` finds the
 * owner gone, takes the server over and stops it on exit in turn. A server started
 * with `npm run db:start` belongs to the user and is always left running.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalServerConfig, PROJECT_ROOT } from '../config';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-local');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');
const LIB_DIR = path.join(LAUNCHER_DIR, 'target', 'lib');

/** The Neo4j version the pom pins; the pom is the single place it is written. */
export function pinnedNeo4jVersion(): string {
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'));
  if (!m) throw new Error(`${POM} does not define <neo4j.version>`);
  return m[1]!;
}

/** A problem the user can fix; the message says how. */
export class LocalServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalServerError';
  }
}

const ALTERNATIVES =
  'Alternatives: run Neo4j with Docker (`docker compose up`), or point the service at an existing server ' +
  'by setting NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD (see README.md).';

export type Log = (line: string) => void;

/** Who started a server: the service (`npm start`, stops it on exit) or the user (`npm run db:start`). */
export type Owner = 'service' | 'cli';

/**
 * What start() found: `started` — it started the server; `adopted` — a server left
 * behind by a service that is gone, now owned by the caller; `running` — a server
 * someone else owns (the user, or a service that is still running), to be left alone.
 */
export type StartOutcome = 'started' | 'adopted' | 'running';

interface LauncherState {
  pid: number;
  boltPort: number;
  startedAt: string;
  version: string;
  /** Absent in state files written before ownership was recorded: treated as the user's. */
  startedBy?: { owner: Owner; pid: number };
  /** Set when a stop begins: a start that finds it waits for the process to exit. */
  stoppingSince?: string;
}

export interface LocalStatus {
  state: 'running' | 'stopped' | 'stale';
  pid?: number;
  boltPort?: number;
  startedAt?: string;
  dataDir: string;
  uri?: string;
  startedBy?: { owner: Owner; pid: number };
  stopping?: boolean;
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** The major version of the Java that would run Neo4j, or a clear error. */
export function checkJava(): number {
  const java = javaBinary();
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalServerError(
      `Java was not found (tried "${java}"). The bundled Neo4j needs Java 17 or 21: install a JDK ` +
        `(e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME.\n${ALTERNATIVES}`,
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  let major = m ? Number(m[1]) : 0;
  if (major === 1 && m?.[2]) major = Number(m[2]); // "1.8.0" style
  if (major < 17) {
    throw new LocalServerError(
      `Java ${major || '(unknown version)'} found at "${java}", but Neo4j ${pinnedNeo4jVersion()} needs Java 17 or 21. ` +
        `Set JAVA_HOME to a Java 17 or 21 JDK.\n${ALTERNATIVES}`,
    );
  }
  return major;
}

function completeMarker(version: string): string {
  return path.join(LIB_DIR, `.complete-${version}`);
}

export function isInstalled(): boolean {
  return fs.existsSync(completeMarker(pinnedNeo4jVersion()));
}

/**
 * Resolve the Neo4j jars with Maven (first run: ~125 MB from Maven Central; later
 * runs use ~/.m2). A marker file is written last, so an interrupted download is
 * redone rather than leaving a half-populated classpath.
 */
export async function install(log: Log): Promise<void> {
  const version = pinnedNeo4jVersion();
  if (isInstalled()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalServerError(
      `Maven (mvn) was not found; it is needed once to fetch Neo4j ${version} from Maven Central. ` +
        `Install Maven (e.g. apt-get install maven).\n${ALTERNATIVES}`,
    );
  }
  log(`Resolving Neo4j Community ${version} from Maven Central (first run only; ~125 MB)...`);
  fs.rmSync(LIB_DIR, { recursive: true, force: true });
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    execFile(
      'mvn',
      ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`, '-DincludeScope=runtime'],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-15).join('\n');
          reject(new LocalServerError(`Maven could not resolve Neo4j ${version}:\n${tail}\n${ALTERNATIVES}`));
        } else resolve();
      },
    );
  });
  fs.writeFileSync(completeMarker(version), new Date().toISOString() + '\n');
  log(`Neo4j ${version} resolved in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** Is `pid` a running process? A zombie (exited, not yet reaped by its parent or init) is not. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (comm) state ..."; comm may hold spaces and parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): the signal test is all there is
  }
}

/** Is `pid` a Neo4j we launched for this home? Guards against a reused pid after a reboot. */
function isOurServer(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(home);
  } catch {
    return true; // no /proc (macOS): a live pid from our state file is the best evidence there is
  }
}

export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A free TCP port on loopback, chosen by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class LocalNeo4j {
  readonly home: string;

  constructor(
    private readonly config: LocalServerConfig,
    private readonly password: string,
    private readonly user = 'neo4j',
  ) {
    this.home = config.dataDir;
  }

  private get stateFile(): string {
    return path.join(this.home, 'run', 'launcher.json');
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.config.boltPort}`;
  }

  private readState(): LauncherState | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as LauncherState;
    } catch {
      return undefined;
    }
  }

  /** Write the state file atomically (a concurrent start must never read half of it). */
  private writeState(state: LauncherState): void {
    const tmp = `${this.stateFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
    fs.renameSync(tmp, this.stateFile);
  }

  /** Remove the state file if it still describes process `pid` (a newer start may have replaced it). */
  private forgetState(pid: number): void {
    if (this.readState()?.pid === pid) fs.rmSync(this.stateFile, { force: true });
  }

  /**
   * Record that the server is about to be stopped, so that a start racing with the
   * stop waits for the old process to exit instead of connecting to a dying server.
   * The service calls this as soon as it is told to shut down, before draining.
   */
  markStopping(): void {
    const state = this.readState();
    if (state && !state.stoppingSince && isOurServer(state.pid, this.home)) {
      this.writeState({ ...state, stoppingSince: new Date().toISOString() });
    }
  }

  status(): LocalStatus {
    const state = this.readState();
    if (!state) return { state: 'stopped', dataDir: this.home };
    if (!isOurServer(state.pid, this.home)) {
      return { state: 'stale', pid: state.pid, dataDir: this.home };
    }
    return {
      state: 'running',
      pid: state.pid,
      boltPort: state.boltPort,
      startedAt: state.startedAt,
      dataDir: this.home,
      uri: `bolt://127.0.0.1:${state.boltPort}`,
      startedBy: state.startedBy,
      stopping: state.stoppingSince !== undefined,
    };
  }

  private writeConf(): void {
    const dirs = ['conf', 'data', 'logs', 'run', 'import', 'plugins'];
    for (const d of dirs) fs.mkdirSync(path.join(this.home, d), { recursive: true });
    const conf = [
      '# Written by the launcher (src/db/local-server.ts) on every start; edit .env instead.',
      'server.default_listen_address=127.0.0.1',
      'server.default_advertised_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${this.config.boltPort}`,
      'server.bolt.enabled=true',
      'server.http.enabled=false',
      'server.https.enabled=false',
      `server.directories.data=${path.join(this.home, 'data')}`,
      `server.directories.logs=${path.join(this.home, 'logs')}`,
      `server.directories.run=${path.join(this.home, 'run')}`,
      `server.directories.import=${path.join(this.home, 'import')}`,
      `server.directories.plugins=${path.join(this.home, 'plugins')}`,
      'dbms.security.auth_enabled=true',
      `server.memory.heap.initial_size=${this.config.heap}`,
      `server.memory.heap.max_size=${this.config.heap}`,
      `server.memory.pagecache.size=${this.config.pageCache}`,
      // Keep small local stores small: the default 256 MiB preallocated tx logs dwarf the seed graph.
      'db.tx_log.rotation.size=32M',
      'db.tx_log.rotation.retention_policy=2 files',
      'dbms.usage_report.enabled=false',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(this.home, 'conf', 'neo4j.conf'), conf);
  }

  private neo4jEnv(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_HOME: this.home, NEO4J_CONF: path.join(this.home, 'conf') };
  }

  /** Has this home been set up by a start (its conf/neo4j.conf written)? Dump and load need that configuration. */
  isInitialised(): boolean {
    return fs.existsSync(path.join(this.home, 'conf', 'neo4j.conf'));
  }

  /**
   * How to run Neo4j's admin tool (neo4j-admin, org.neo4j.cli.AdminTool from the same
   * jars) on this server's home and configuration, e.g. `database dump` and `database
   * load` for src/db/backup.ts. Its heap is the server's.
   */
  adminCommand(args: string[]): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
    return {
      command: javaBinary(),
      args: [`-Xmx${this.config.heap}`, '-cp', path.join(LIB_DIR, '*'), 'org.neo4j.cli.AdminTool', ...args],
      env: this.neo4jEnv(),
    };
  }

  /** Neo4j takes the initial password only before the first start, through its admin tool. */
  private setInitialPassword(): void {
    if (fs.existsSync(path.join(this.home, 'data', 'dbms', 'auth.ini'))) return;
    if (fs.existsSync(path.join(this.home, 'data', 'databases', 'system'))) return;
    const result = spawnSync(
      javaBinary(),
      ['-cp', path.join(LIB_DIR, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', this.password],
      { env: this.neo4jEnv(), encoding: 'utf8' },
    );
    if (result.status !== 0) {
      throw new LocalServerError(`Could not set the local Neo4j's initial password:\n${result.stdout}${result.stderr}`);
    }
  }

  /**
   * Start the server (installing it first if needed) and wait until Bolt accepts
   * the configured credentials. `owner` is who asks: the service (`npm start`), which
   * stops what it started or adopted on exit, or the user (`npm run db:start`).
   *
   * A server that is being stopped (by another process's stop()) is waited for until
   * it has exited, then started again; one left behind by a service that died is
   * adopted; one owned by the user or a live service is left as it is.
   * `ownerPid` is the owner's process (default: this one); a backup that restarts a
   * service's server hands it back to that service.
   */
  async start(log: Log = () => undefined, owner: Owner = 'cli', ownerPid: number = process.pid): Promise<StartOutcome> {
    const deadline = Date.now() + this.config.startTimeoutMs;
    let current = this.status();
    if (current.state === 'running' && current.pid !== undefined) {
      const pid = current.pid;
      if (current.stopping) {
        log(`The local Neo4j (pid ${pid}) is stopping; waiting for it to exit, then starting it again...`);
        await this.waitForExit(pid, deadline);
      } else {
        if (current.boltPort !== this.config.boltPort) {
          throw new LocalServerError(
            `The local Neo4j in ${this.home} is already running on port ${current.boltPort}, not ` +
              `${this.config.boltPort}. Stop it first (npm run db:stop) or set NEO4J_LOCAL_BOLT_PORT=${current.boltPort}.`,
          );
        }
        if ((await this.boltOrExit(pid, deadline)) === 'up') return this.claim(current, owner, log);
        log(`The local Neo4j (pid ${pid}) exited while being waited for; starting it again.`);
      }
      this.forgetState(pid);
      current = this.status();
    }
    if (current.state === 'stale') {
      log(`Removing a stale pid file (process ${current.pid} is gone).`);
      fs.rmSync(this.stateFile, { force: true });
    }
    checkJava();
    await install(log);
    if (!(await portIsFree(this.config.boltPort))) {
      throw new LocalServerError(
        `Port ${this.config.boltPort} on 127.0.0.1 is already taken (another Neo4j?). ` +
          `Set NEO4J_LOCAL_BOLT_PORT to a free port, or stop what is listening there.`,
      );
    }
    this.writeConf();
    this.setInitialPassword();
    const version = pinnedNeo4jVersion();
    const out = fs.openSync(path.join(this.home, 'logs', 'console.log'), 'a');
    const child = spawn(
      javaBinary(),
      [
        '-XX:+UseG1GC',
        '-XX:-OmitStackTraceInFastThrow',
        '-XX:+DisableExplicitGC',
        '-Djdk.nio.maxCachedBufferSize=1024',
        '-Dio.netty.tryReflectionSetAccessible=true',
        '-Dlog4j2.disable.jmx=true',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '--add-opens=java.base/java.lang=ALL-UNNAMED',
        `-Xms${this.config.heap}`,
        `-Xmx${this.config.heap}`,
        '-cp',
        // plugins/ on the classpath too, as Neo4j's own launcher does: plugin kernel extensions
        // (APOC's ApocConfig) are found by ServiceLoader on the classpath, not in the plugins loader.
        [path.join(LIB_DIR, '*'), path.join(this.home, 'plugins', '*')].join(path.delimiter),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${this.home}`,
        `--config-dir=${path.join(this.home, 'conf')}`,
      ],
      { env: this.neo4jEnv(), detached: true, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    child.unref();
    if (child.pid === undefined) throw new LocalServerError('Could not start the Java process for Neo4j.');
    const state: LauncherState = {
      pid: child.pid,
      boltPort: this.config.boltPort,
      startedAt: new Date().toISOString(),
      version,
      startedBy: { owner, pid: ownerPid },
    };
    this.writeState(state);
    let exited: number | null | undefined;
    child.once('exit', (code) => (exited = code));
    try {
      await this.waitForBolt(() => exited, Date.now() + this.config.startTimeoutMs);
    } catch (error) {
      if (exited === undefined) await this.stop().catch(() => undefined);
      else this.forgetState(child.pid);
      throw error;
    }
    return 'started';
  }

  /**
   * A running server found at start: adopt it if the service that started it is
   * gone (it would otherwise run on unowned forever), else leave it to its owner.
   */
  private claim(current: LocalStatus, owner: Owner, log: Log): StartOutcome {
    const by = current.startedBy;
    const orphaned = by?.owner === 'service' && by.pid !== process.pid && !isAlive(by.pid);
    if (!orphaned) return 'running';
    const state = this.readState();
    if (!state || state.pid !== current.pid) return 'running';
    this.writeState({ ...state, startedBy: { owner, pid: process.pid } });
    log(
      `The local Neo4j (pid ${current.pid}) was left running by an earlier \`npm start\` (pid ${by.pid}) that is gone; ` +
        (owner === 'service'
          ? 'this service takes it over and stops it on exit.'
          : 'it is now yours: stop it with npm run db:stop.'),
    );
    return owner === 'service' ? 'adopted' : 'running';
  }

  /** Wait until a running server answers Bolt, or until its process exits. */
  private async boltOrExit(pid: number, deadline: number): Promise<'up' | 'exited'> {
    try {
      await this.waitForBolt(() => (isAlive(pid) ? undefined : null), deadline);
      return 'up';
    } catch (error) {
      if (!isAlive(pid)) return 'exited';
      throw error;
    }
  }

  private async waitForExit(pid: number, deadline: number): Promise<void> {
    while (isAlive(pid)) {
      if (Date.now() > deadline) {
        throw new LocalServerError(
          `The local Neo4j (pid ${pid}) was still stopping after ${this.config.startTimeoutMs / 1000} s ` +
            '(NEO4J_LOCAL_START_TIMEOUT_S). Wait for it to exit (npm run db:status), then start again.',
        );
      }
      await sleep(200);
    }
  }

  private async waitForBolt(exitCode: (() => number | null | undefined) | undefined, deadline: number): Promise<void> {
    const driver = neo4j.driver(this.uri, neo4j.auth.basic(this.user, this.password), { connectionTimeout: 2000 });
    try {
      for (;;) {
        try {
          await driver.verifyConnectivity();
          return;
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code === 'Neo.ClientError.Security.Unauthorized') {
            throw new LocalServerError(
              `The local Neo4j in ${this.home} rejected the configured password: its store was created with ` +
                `another one. Set NEO4J_PASSWORD to that password, or stop the server and delete ${this.home} ` +
                `to start from an empty store.`,
            );
          }
          const code2 = exitCode?.();
          if (code2 !== undefined) {
            throw new LocalServerError(
              `Neo4j exited during start-up (exit code ${code2}). Last log lines:\n` +
                `${tail(path.join(this.home, 'logs', 'console.log'), 20)}\n(see ${path.join(this.home, 'logs')})`,
            );
          }
          if (Date.now() > deadline) {
            throw new LocalServerError(
              `Neo4j did not accept Bolt connections on ${this.uri} within ${this.config.startTimeoutMs / 1000} s ` +
                `(NEO4J_LOCAL_START_TIMEOUT_S). Last log lines:\n${tail(path.join(this.home, 'logs', 'neo4j.log'), 15)}`,
            );
          }
          await sleep(300);
        }
      }
    } finally {
      await driver.close();
    }
  }

  /**
   * Stop cleanly: SIGTERM makes Neo4j checkpoint and release its store lock, so the
   * next start reuses the data without recovery. Only after a long grace period is
   * the process killed, and the message says so.
   */
  async stop(log: Log = () => undefined, graceMs = 90_000): Promise<boolean> {
    const current = this.status();
    if (current.state === 'stale') {
      fs.rmSync(this.stateFile, { force: true });
      log(`Removed a stale pid file (process ${current.pid} was already gone).`);
      return false;
    }
    if (current.state !== 'running' || current.pid === undefined) return false;
    const pid = current.pid;
    this.markStopping();
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) {
      log(`Neo4j (pid ${pid}) did not stop within ${graceMs / 1000} s; killing it. The next start will run recovery.`);
      process.kill(pid, 'SIGKILL');
      while (isAlive(pid)) await sleep(100);
    }
    // Not blindly: a start that raced with this stop may already have written its own.
    this.forgetState(pid);
    return true;
  }
}
