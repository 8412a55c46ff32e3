/**
 * The initial bulk path: a corpus into an EMPTY database of the bundled local Neo4j through
 * Neo4j's offline importer (`neo4j-admin database import full`), which writes the store files
 * directly instead of running transactions.
 *
 *   1. refuse unless the database is empty (or a previous bulk import into it was interrupted);
 *   2. convert the corpus to import CSV, resumably (./convert.ts);
 *   3. stop the local server (Neo4j Community imports only into a stopped DBMS);
 *   4. run the importer with --overwrite-destination (the database is empty, or holds the
 *      remains of our own interrupted import). The import is all-or-nothing: a marker file in
 *      the work folder is written before it starts and removed after it succeeded, so a rerun
 *      after an interruption knows the store holds a broken import, says so, and imports again
 *      from scratch;
 *   5. start the server and apply cypher/schema (the importer creates no constraints or indexes);
 *   6. count what is there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { Config } from '../../config';
import { load } from '../../db/queries';
import { executeQuery } from '../../db/query';
import { createDriver } from '../../db/driver';
import { LocalNeo4j, Log } from '../../db/local-server';
import { refreshAllAccessPaths } from '../../db/access-paths';
import { migrate } from '../../db/runner';
import { ARRAY_DELIMITER_OPTION, ConversionResult, convertCorpus, ConvertProgress } from './convert';

/** Why the bulk path did not run; `exitCode` is the CLI's. */
export class BulkImportError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'BulkImportError';
  }
}

/** Exit codes of npm run load:bulk (besides 0 and 1, a bad record; 2, usage). */
export const EXIT_EXTERNAL_SERVER = 3;
export const EXIT_NOT_EMPTY = 4;
export const EXIT_IMPORT_FAILED = 5;

export interface BulkImportOptions {
  dir: string;
  work: string;
  restart?: boolean;
  log: Log;
  onProgress?: (p: ConvertProgress) => void;
  /** The importer's own progress: its current stage and, when it prints one, the stage's percentage. */
  onImportProgress?: (p: ImportProgress) => void;
  pauseAfterFileMs?: number;
}

export interface ImportProgress {
  stage: string;
  percent?: number;
  seconds: number;
  done?: boolean;
}

/**
 * The marker written before the importer starts (import-in-progress.json). `phase` says how far a
 * killed run got: `import` (the store may hold a partial import: import again from scratch) or
 * `schema` (the import finished: only the schema and the counts are left). `pid` is the importer's,
 * so a rerun can stop an importer that outlived a killed parent before importing again.
 */
interface ImportMarker {
  database: string;
  home: string;
  startedAt: string;
  phase: 'import' | 'schema';
  pid?: number;
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
  evidence: number;
}

export interface BulkImportSummary {
  conversion: Omit<ConversionResult, 'groups'>;
  importSeconds: number;
  schemaSeconds: number;
  /** The post-import access-path pass (src/db/access-paths.ts). */
  accessPathSeconds: number;
  seconds: number;
  counts: GraphCounts;
  /** The importer rerun over the remains of an interrupted import. */
  recoveredInterruptedImport: boolean;
}

const seconds = (since: number): string => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function countGraph(config: Config, local: LocalNeo4j): Promise<GraphCounts> {
  const driver: Driver = createDriver(config, local.uri);
  try {
    const [r] = await executeQuery(driver, { database: config.neo4j.database }, load.bulkCounts);
    const n = (k: 'nodes' | 'relationships' | 'evidence'): number => Number(r![k]);
    return { nodes: n('nodes'), relationships: n('relationships'), evidence: n('evidence') };
  } finally {
    await driver.close();
  }
}

/** Refuse a database that holds anything: the bulk path would replace it. */
async function requireEmpty(config: Config, local: LocalNeo4j, log: Log): Promise<void> {
  if (local.status().state !== 'running') {
    log(`Starting the local Neo4j to check that database "${config.neo4j.database}" is empty...`);
    await local.start(log, 'cli');
  }
  const c = await countGraph(config, local);
  if (c.nodes > 0)
    throw new BulkImportError(
      `Database "${config.neo4j.database}" is not empty (${c.nodes.toLocaleString('en')} nodes, ` +
        `${c.relationships.toLocaleString('en')} relationships): the bulk path loads only an empty database, ` +
        'because neo4j-admin import replaces the whole store. Load into it with the online loader ' +
        '(npm run load -- <dir>), or back it up (npm run db:backup) and empty it first.',
      EXIT_NOT_EMPTY,
    );
}

/** Run neo4j-admin; resolves with its output, rejects with its last lines. */
function runAdmin(
  local: LocalNeo4j,
  args: string[],
  log: Log,
  hooks: { onStart?: (pid: number) => void; onProgress?: (p: ImportProgress) => void } = {},
  reportEveryMs = 1000,
): Promise<string> {
  const { command, args: argv, env } = local.adminCommand(args);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid !== undefined) hooks.onStart?.(child.pid);
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-20000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // The importer draws its own progress on stdout (a stage name, then its percentage as it goes);
    // the latest stage and percentage feed the caller's progress bar, or a log line every 5 s.
    let lastLog = 0;
    const timer = setInterval(() => {
      const stage = [...output.matchAll(/^\s*(\w[\w ,]+?)(?:, started .*| \d+\/\d+)?\s*$/gm)].pop()?.[1]?.trim();
      const tail = stage ? output.slice(output.lastIndexOf(stage)) : output;
      const percent = [...tail.matchAll(/(\d{1,3})%/g)].pop()?.[1];
      const elapsed = (Date.now() - started) / 1000;
      if (hooks.onProgress)
        hooks.onProgress({
          stage: stage ?? 'starting',
          percent: percent ? Number(percent) : undefined,
          seconds: elapsed,
        });
      else if (Date.now() - lastLog >= 5000) {
        lastLog = Date.now();
        log(`  ... importing, ${seconds(started)} so far${stage ? ` (${stage}${percent ? ` ${percent}%` : ''})` : ''}`);
      }
    }, reportEveryMs);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(new BulkImportError(`Could not run neo4j-admin (${command}): ${error.message}`, EXIT_IMPORT_FAILED));
    });
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      if (code === 0) resolve(output);
      else
        reject(
          new BulkImportError(
            `neo4j-admin database import failed (${signal ?? `exit code ${code}`}); the database is left without ` +
              'the data (rerun to import again from scratch). Its last lines:\n' +
              output.trim().split('\n').slice(-15).join('\n'),
            EXIT_IMPORT_FAILED,
          ),
        );
    });
  });
}

export function importArguments(database: string, conversion: ConversionResult, reportFile: string): string[] {
  const args = [
    'database',
    'import',
    'full',
    database, // before the options: since 5.19 (neo4j/docs-operations#1689)
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    // Clean data or nothing: the conversion already checked ids, endpoints and duplicates.
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--report-file=${reportFile}`,
  ];
  if (conversion.multiline) args.push('--multiline-fields=true');
  for (const g of conversion.groups) {
    args.push(`--${g.kind}=${g.name}=${[g.header, ...g.files].join(',')}`);
  }
  return args;
}

export async function bulkImport(config: Config, options: BulkImportOptions): Promise<BulkImportSummary> {
  const log = options.log;
  const started = Date.now();
  if (config.neo4j.uri !== undefined)
    throw new BulkImportError(
      `NEO4J_URI is set (${config.neo4j.uri}): the bulk path works only on the bundled local Neo4j, which it stops, ` +
        'imports into and starts again. For an external server use the online loader (npm run load), or run ' +
        'neo4j-admin database import on that server with the CSV this command writes to its work folder.',
      EXIT_EXTERNAL_SERVER,
    );
  if (/,/.test(options.work))
    throw new BulkImportError(
      `The work folder ${options.work} has a comma in its path, which neo4j-admin's file lists cannot take.`,
      2,
    );
  const local = new LocalNeo4j(config.local, config.neo4j.password, config.neo4j.user);
  const database = config.neo4j.database;
  fs.mkdirSync(options.work, { recursive: true });
  const marker = path.join(options.work, 'import-in-progress.json');

  const previous = fs.existsSync(marker) ? (JSON.parse(fs.readFileSync(marker, 'utf8')) as ImportMarker) : undefined;
  if (previous && (previous.home !== local.home || previous.database !== database))
    throw new BulkImportError(
      `${marker} records an interrupted import into database "${previous.database}" of ${previous.home}, not this one; ` +
        'remove the file if that import is no longer of interest.',
      EXIT_NOT_EMPTY,
    );
  if (previous?.phase === 'schema') {
    // Killed after the importer finished: the data is complete, the schema and counts are not.
    log(`The bulk import into "${database}" finished at an earlier run; applying the schema it did not get to.`);
    return finish(config, local, options, marker, started, undefined, 0, true);
  }
  const interrupted = previous !== undefined;
  if (previous) {
    log(
      `A bulk import into "${database}" started at ${previous.startedAt} was interrupted before it finished: the store holds ` +
        'an incomplete import. It is imported again from scratch (the importer is all-or-nothing).',
    );
    await stopOrphanImporter(previous.pid, log);
  } else {
    await requireEmpty(config, local, log);
  }

  log(`Converting ${options.dir} to neo4j-admin import CSV in ${path.join(options.work, 'csv')}...`);
  const conversion = await convertCorpus({
    dir: options.dir,
    work: options.work,
    restart: options.restart,
    log,
    onProgress: options.onProgress,
    pauseAfterFileMs: options.pauseAfterFileMs,
  });
  log(
    `Converted in ${conversion.seconds.toFixed(1)} s (checking ${conversion.scanSeconds.toFixed(1)} s, writing ${conversion.writeSeconds.toFixed(1)} s): ${conversion.counts.nodes.toLocaleString('en')} nodes, ` +
      `${conversion.counts.relationships.toLocaleString('en')} relationships, ${conversion.counts.evidence.toLocaleString('en')} evidence records` +
      (conversion.filesResumed > 0
        ? ` (${conversion.filesResumed} of ${conversion.filesResumed + conversion.filesConverted} input files were converted before: resumed)`
        : '') +
      '.',
  );

  // Checked again just before the store is replaced: something may have written meanwhile.
  if (!interrupted) await requireEmpty(config, local, log);
  const status = local.status();
  if (status.state === 'running') {
    log(`Stopping the local Neo4j (pid ${status.pid}): neo4j-admin import writes the store of a stopped DBMS...`);
    const t = Date.now();
    await local.stop(log);
    log(`Stopped in ${seconds(t)}.`);
  }

  const writeMarker = (m: ImportMarker): void => {
    fs.writeFileSync(`${marker}.tmp`, JSON.stringify(m) + '\n');
    fs.renameSync(`${marker}.tmp`, marker);
  };
  const startedAt = new Date().toISOString();
  writeMarker({ database, home: local.home, startedAt, phase: 'import' });
  const importStarted = Date.now();
  log(`Running neo4j-admin database import full into "${database}" (${conversion.groups.length} file groups)...`);
  await runAdmin(local, importArguments(database, conversion, path.join(options.work, 'import.report')), log, {
    onStart: (pid) => writeMarker({ database, home: local.home, startedAt, phase: 'import', pid }),
    onProgress: options.onImportProgress,
  });
  const importSeconds = (Date.now() - importStarted) / 1000;
  options.onImportProgress?.({ stage: 'done', percent: 100, seconds: importSeconds, done: true });
  writeMarker({ database, home: local.home, startedAt, phase: 'schema' });
  log(`Imported in ${importSeconds.toFixed(1)} s.`);
  return finish(config, local, options, marker, started, conversion, importSeconds, interrupted);
}

/**
 * Wait for (then stop) an importer that a killed run left behind, so two never write one store.
 * Only a live process whose command line is neo4j-admin's import is touched.
 */
async function stopOrphanImporter(pid: number | undefined, log: Log): Promise<void> {
  if (pid === undefined) return;
  const alive = (): boolean => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j.cli.AdminTool');
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  log(`The importer of the interrupted run (pid ${pid}) is still running; stopping it before importing again...`);
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 600 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 100 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
}

/** Start the server, apply the schema, count; then the marker goes: the bulk path is complete. */
async function finish(
  config: Config,
  local: LocalNeo4j,
  options: BulkImportOptions,
  marker: string,
  started: number,
  conversion: ConversionResult | undefined,
  importSeconds: number,
  interrupted: boolean,
): Promise<BulkImportSummary> {
  const log = options.log;
  const database = config.neo4j.database;
  if (local.status().state !== 'running') {
    log('Starting the local Neo4j...');
    await local.start(log, 'cli');
  }
  const schemaStarted = Date.now();
  log('Applying cypher/schema (constraints and indexes: the importer creates none)...');
  const driver = createDriver(config, local.uri);
  let schemaSeconds: number;
  let accessPathSeconds: number;
  try {
    await migrate(driver, { database });
    schemaSeconds = (Date.now() - schemaStarted) / 1000;
    log(`Schema applied in ${schemaSeconds.toFixed(1)} s.`);
    // The post-import pass: the access paths (docs/ontology.md) of the whole graph, in batches. If it
    // is interrupted, npm run db:check-access -- --repair finishes it.
    log('Deriving the access paths (cypher/queries/access/refresh.cypher)...');
    const accessStarted = Date.now();
    await refreshAllAccessPaths(driver, database);
    accessPathSeconds = (Date.now() - accessStarted) / 1000;
    log(`Access paths derived in ${accessPathSeconds.toFixed(1)} s.`);
  } finally {
    await driver.close();
  }
  const counts = await countGraph(config, local);
  fs.rmSync(marker, { force: true });
  const conversionSummary: BulkImportSummary['conversion'] = conversion
    ? (({ groups: _groups, ...rest }) => rest)(conversion)
    : {
        multiline: false,
        counts,
        filesConverted: 0,
        filesResumed: 0,
        scanSeconds: 0,
        writeSeconds: 0,
        seconds: 0,
      };
  return {
    conversion: conversionSummary,
    importSeconds,
    schemaSeconds,
    accessPathSeconds,
    seconds: (Date.now() - started) / 1000,
    counts,
    recoveredInterruptedImport: interrupted,
  };
}
