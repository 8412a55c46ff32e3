/**
 * Backups of the bundled local Neo4j with Neo4j's own tools: `neo4j-admin database
 * dump` and `database load` (org.neo4j.cli.AdminTool, from the jars the server runs
 * from). Neo4j Community dumps and loads only a database that is not running, so the
 * local server is stopped first and started again afterwards, for whoever owned it.
 *
 * Next to each dump a manifest (`<file>.json`) records the database's fingerprint
 * (node and relationship counts, a checksum of the exported graph: ./fingerprint.ts)
 * taken just before the dump; a restore compares the restored database against it.
 *
 * A restore first dumps the current database to a safety copy in the data directory,
 * and loads that back if the load fails, so a bad file never leaves no database.
 *
 * An external Neo4j (NEO4J_URI) is not this tool's to stop: it refuses (README: Backups).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Config, PROJECT_ROOT } from '../config';
import { createDriver, Graph } from './driver';
import { GraphFingerprint, graphFingerprint } from './fingerprint';
import { LocalNeo4j, Log, pinnedNeo4jVersion } from './local-server';

/** A backup or restore that failed; the message says what happened and what state things are in. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Asked to back up or restore a server this tool does not run. */
export class ExternalServerError extends BackupError {
  constructor(what: 'backup' | 'restore', uri: string) {
    super(
      `NEO4J_URI is set (${uri}): npm run db:${what} works only on the bundled local Neo4j, which it can stop and start. ` +
        'For an external server use its own tools: on the server, `neo4j-admin database dump`/`load` while the database ' +
        'is stopped (Community), `neo4j-admin database backup`/`restore` online (Enterprise), or the snapshots of your ' +
        'hosting (Aura). `npm run export` writes a portable copy of the graph from any server (README: Backups).',
    );
    this.name = 'ExternalServerError';
  }
}

export interface BackupManifest {
  format: 1;
  database: string;
  neo4jVersion: string;
  createdAt: string;
  bytes: number;
  /** Absent when the server was not running at backup time (nothing could read the graph). */
  fingerprint?: GraphFingerprint;
}

export const manifestPath = (dumpFile: string): string => `${dumpFile}.json`;

const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const stamp = (): string => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

function localServer(config: Config): LocalNeo4j {
  return new LocalNeo4j(config.local, config.neo4j.password, config.neo4j.user);
}

/** The fingerprint of the running local server's database. */
async function fingerprintOf(config: Config, local: LocalNeo4j): Promise<GraphFingerprint> {
  const driver = createDriver(config, local.uri);
  try {
    return await graphFingerprint(new Graph(driver, config.neo4j.database, 10 * 60_000));
  } finally {
    await driver.close();
  }
}

const describe = (f: GraphFingerprint): string =>
  `${f.nodes} nodes, ${f.relationships} relationships, graph checksum sha256:${f.sha256.slice(0, 16)}…`;

/**
 * Run neo4j-admin with these arguments, `stdin` piped in if given. Every `every` ms
 * while it runs, `progress()` (if given) is logged. Rejects with its last output lines.
 */
function runAdmin(
  local: LocalNeo4j,
  args: string[],
  log: Log,
  options: { stdin?: string; progress?: () => string; every?: number } = {},
): Promise<void> {
  const { command, args: argv, env } = local.adminCommand(args);
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env, stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const timer = options.progress ? setInterval(() => log(options.progress!()), options.every ?? 5000) : undefined;
    if (options.stdin) {
      const input = fs.createReadStream(options.stdin);
      input.on('error', (e) => child.kill() && keep(Buffer.from(`reading ${options.stdin}: ${e.message}`)));
      // The tool may stop reading early (a bad archive): its own exit code and message say why.
      child.stdin!.on('error', () => undefined);
      input.pipe(child.stdin!);
    }
    child.once('error', (error) => {
      if (timer) clearInterval(timer);
      reject(new BackupError(`Could not run neo4j-admin (${command}): ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      if (code === 0) resolve();
      else {
        const last = output.trim().split('\n').slice(-12).join('\n');
        reject(
          new BackupError(
            `neo4j-admin ${args.slice(0, 2).join(' ')} failed (${signal ?? `exit code ${code}`}):\n${last}`,
          ),
        );
      }
    });
  });
}

/** Dump `database` of a stopped server into `file` (written whole or not at all). */
async function dumpTo(local: LocalNeo4j, database: string, file: string, log: Log): Promise<number> {
  const dir = fs.mkdtempSync(path.join(path.dirname(file), '.dump-'));
  const written = path.join(dir, `${database}.dump`);
  const started = Date.now();
  try {
    await runAdmin(local, ['database', 'dump', database, `--to-path=${dir}`, '--overwrite-destination=true'], log, {
      progress: () => {
        const size = fs.existsSync(written) ? fs.statSync(written).size : 0;
        return `  ... dumping: ${megabytes(size)} written (${seconds(started)})`;
      },
    });
    if (!fs.existsSync(written)) throw new BackupError(`neo4j-admin reported success but wrote no ${written}.`);
    fs.renameSync(written, file);
    return fs.statSync(file).size;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Load `file` over `database` of a stopped server (the tool reports no progress of its own: elapsed time stands in). */
async function loadFrom(local: LocalNeo4j, database: string, file: string, log: Log): Promise<void> {
  const total = fs.statSync(file).size;
  const started = Date.now();
  await runAdmin(local, ['database', 'load', database, '--from-stdin', '--overwrite-destination=true'], log, {
    stdin: file,
    progress: () => `  ... loading ${path.basename(file)} (${megabytes(total)}), ${seconds(started)} so far`,
  });
}

/**
 * Run `work` while the local server is stopped; start it again afterwards if it was
 * running, for the owner it had (a service keeps its server).
 */
async function withServerStopped<T>(local: LocalNeo4j, verb: string, log: Log, work: () => Promise<T>): Promise<T> {
  const status = local.status();
  const wasRunning = status.state === 'running';
  const owner = status.startedBy ?? { owner: 'cli' as const, pid: process.pid };
  if (wasRunning) {
    if (owner.owner === 'service') {
      log(
        `Note: this server belongs to a running \`npm start\` (pid ${owner.pid}); it answers DATABASE_UNAVAILABLE ` +
          'until the server is back.',
      );
    }
    log(`Stopping the local Neo4j (pid ${status.pid}): Neo4j Community can ${verb} only a stopped database...`);
    const t = Date.now();
    await local.stop(log);
    log(`Stopped in ${seconds(t)}.`);
  }
  try {
    return await work();
  } finally {
    if (wasRunning) {
      log('Starting the local Neo4j again...');
      const t = Date.now();
      await local.start(log, owner.owner, owner.pid);
      log(`Local Neo4j is back on ${local.uri} (started in ${seconds(t)}).`);
    }
  }
}

export interface BackupOptions {
  /** Where to write the dump (default backups/<database>-<UTC time>.dump under the project). */
  out?: string;
  /** Replace an existing file. */
  force?: boolean;
}

export async function backup(
  config: Config,
  options: BackupOptions,
  log: Log,
): Promise<{ file: string; manifest: BackupManifest }> {
  if (config.neo4j.uri !== undefined) throw new ExternalServerError('backup', config.neo4j.uri);
  const local = localServer(config);
  const database = config.neo4j.database;
  if (!local.isInitialised()) {
    throw new BackupError(
      `There is no local Neo4j in ${local.home} yet (npm run db:start creates it): nothing to back up.`,
    );
  }
  const file = path.resolve(options.out ?? path.join(PROJECT_ROOT, 'backups', `${database}-${stamp()}.dump`));
  if (fs.existsSync(file) && !options.force) {
    throw new BackupError(`${file} already exists. Choose another --out, or add --force to replace it.`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });

  let fingerprint: GraphFingerprint | undefined;
  if (local.status().state === 'running') {
    log(`Reading the graph's fingerprint from ${local.uri} (to check a restore against)...`);
    fingerprint = await fingerprintOf(config, local);
    log(`  ${describe(fingerprint)}`);
  } else {
    log('The local Neo4j is not running: the backup gets no fingerprint to check a restore against.');
  }
  const started = Date.now();
  const bytes = await withServerStopped(local, 'dump', log, async () => {
    log(`Dumping database "${database}" with neo4j-admin to ${file}...`);
    const size = await dumpTo(local, database, file, log);
    log(`Dumped ${megabytes(size)} in ${seconds(started)}.`);
    return size;
  });
  const manifest: BackupManifest = {
    format: 1,
    database,
    neo4jVersion: pinnedNeo4jVersion(),
    createdAt: new Date().toISOString(),
    bytes,
    ...(fingerprint ? { fingerprint } : {}),
  };
  fs.writeFileSync(manifestPath(file), JSON.stringify(manifest, null, 2) + '\n');
  return { file, manifest };
}

export interface RestoreResult {
  fingerprint?: GraphFingerprint;
  /** Whether the restored graph matches the backup's manifest (undefined: nothing to compare). */
  matches?: boolean;
  safetyCopy: string;
}

export async function restore(config: Config, dumpFile: string, log: Log): Promise<RestoreResult> {
  if (config.neo4j.uri !== undefined) throw new ExternalServerError('restore', config.neo4j.uri);
  const file = path.resolve(dumpFile);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new BackupError(`No backup file at ${file}.`);
  if (fs.statSync(file).size === 0) throw new BackupError(`${file} is empty: not a database dump.`);
  let manifest: BackupManifest | undefined;
  if (fs.existsSync(manifestPath(file))) {
    manifest = JSON.parse(fs.readFileSync(manifestPath(file), 'utf8')) as BackupManifest;
  }
  const local = localServer(config);
  const database = config.neo4j.database;
  if (manifest && manifest.database !== database) {
    log(`Note: the backup is of database "${manifest.database}"; it is loaded as "${database}" (NEO4J_DATABASE).`);
  }
  if (!local.isInitialised()) {
    log(`There is no local Neo4j in ${local.home} yet: starting it once to create it...`);
    await local.start(log, 'cli');
  }
  const safetyDir = path.join(local.home, 'restore-safety');
  fs.mkdirSync(safetyDir, { recursive: true });
  const safetyCopy = path.join(safetyDir, `${database}-${stamp()}.dump`);

  await withServerStopped(local, 'load', log, async () => {
    log(`Saving the current database to ${safetyCopy} first (it is put back if the load fails)...`);
    await dumpTo(local, database, safetyCopy, log);
    log(`Loading ${file} into database "${database}" with neo4j-admin...`);
    const started = Date.now();
    try {
      await loadFrom(local, database, file, log);
    } catch (error) {
      log('The load failed; putting back the database as it was before the restore...');
      await loadFrom(local, database, safetyCopy, log);
      throw new BackupError(
        `${(error as Error).message}\nThe database is as it was before the restore (safety copy: ${safetyCopy}).`,
      );
    }
    log(`Loaded in ${seconds(started)}.`);
  });

  if (local.status().state !== 'running') {
    log('The local Neo4j was not running before the restore and is left stopped: npm run db:start to use it.');
    return { safetyCopy };
  }
  log("Reading the restored graph's fingerprint...");
  const fingerprint = await fingerprintOf(config, local);
  log(`  ${describe(fingerprint)}`);
  if (!manifest?.fingerprint) return { fingerprint, safetyCopy };
  const matches =
    fingerprint.nodes === manifest.fingerprint.nodes &&
    fingerprint.relationships === manifest.fingerprint.relationships &&
    fingerprint.sha256 === manifest.fingerprint.sha256;
  return { fingerprint, matches, safetyCopy };
}
