/**
 * Configuration, read once from the environment (and a `.env` file via dotenv),
 * validated and typed. Every key is documented in `.env.example`.
 *
 * A bad value is a start-up error that names the key and the expected form: the
 * service must never run half-configured (e.g. on a default password against a
 * remote server it was not meant for).
 */
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

export const PROJECT_ROOT = path.resolve(__dirname, '..');

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

/** Memory sizes the way Neo4j and the JVM write them: 512m, 1g, 1024k. */
const memorySize = z.string().regex(/^\d+[kmgKMG]$/, 'expected a size like 512m or 1g');

const port = z.coerce
  .number({ error: 'expected a TCP port number (1-65535)' })
  .int('expected a TCP port number (1-65535)')
  .min(1, 'expected a TCP port number (1-65535)')
  .max(65535, 'expected a TCP port number (1-65535)');

/** A whole number of something, at least `min` (0 usually means "no limit"). */
const count = (what: string, min = 0) =>
  z.coerce
    .number({ error: `expected a whole number of ${what}` })
    .int(`expected a whole number of ${what}`)
    .min(min, `expected at least ${min} ${what}`);

const optionalNonEmpty = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const neo4jUri = optionalNonEmpty.refine(
  (v) => {
    if (v === undefined) return true;
    const m = /^([a-z0-9+]+):\/\/[^\s/]+/i.exec(v);
    return m !== null && (NEO4J_SCHEMES as readonly string[]).includes(m[1]!.toLowerCase());
  },
  { message: `expected a URI like bolt://host:7687 (schemes: ${NEO4J_SCHEMES.join(', ')})` },
);

/** A bind address that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** Browser origins graph-explorer may call /openCypher from, unless configured: this machine only, any port. */
export const DEFAULT_CORS_ORIGINS = 'http://localhost:*,http://127.0.0.1:*,http://[::1]:*';

/** Rows one openCypher query may answer before it is refused (graph-explorer samples 10,000 edges per type). */
export const DEFAULT_OPENCYPHER_MAX_ROWS = 10000;

/** `*`, or an origin (scheme://host[:port]) whose port may be `*` (any port). */
const CORS_ORIGIN = /^(\*|https?:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:(\d{1,5}|\*))?)$/;

const corsOrigins = z
  .string()
  .default(DEFAULT_CORS_ORIGINS)
  .transform((v) =>
    v
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
  )
  .refine((list) => list.every((o) => CORS_ORIGIN.test(o)), {
    message: 'expected a comma-separated list of origins like https://host, http://localhost:* (any port) or *',
  });

/**
 * Budgets for writes (README: Authentication and roles), per API key. Reads keep
 * the per-address budgets of ServiceLimits.
 */
export interface WriteLimits {
  /** Mutation requests one key may send per minute (429 + Retry-After beyond); 0 = no limit. */
  ratePerMinute: number;
  /** The most items any one list in a mutation's arguments may hold (BAD_USER_INPUT beyond). */
  batchMax: number;
  /** The largest request body a key with a write role may send (anonymous and reader requests keep QUERY_SHAPE_LIMITS.maxBodyBytes). */
  maxBodyBytes: number;
}

export const DEFAULT_WRITE_LIMITS: WriteLimits = { ratePerMinute: 60, batchMax: 100, maxBodyBytes: 1024 * 1024 };

const envSchema = z.object({
  NEO4J_URI: neo4jUri,
  NEO4J_USER: z.string().min(1, 'expected a user name').default('neo4j'),
  NEO4J_PASSWORD: optionalNonEmpty,
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'expected a database name (3-63 letters, digits, dots, dashes)')
    .default('neo4j'),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce
    .number({ error: 'expected a whole number of milliseconds' })
    .int('expected a whole number of milliseconds')
    .min(100, 'expected at least 100 ms')
    .default(15000),
  PORT: port.default(4000),
  // Loopback unless told otherwise: a laptop's service is not for the whole network.
  HOST: z.string().min(1).default('127.0.0.1'),
  RATE_LIMIT_PER_MINUTE: count('requests').default(600),
  CLIENT_MAX_CONCURRENT: count('requests').default(16),
  EXPORT_MAX_CONCURRENT: count('exports', 1).default(2),
  EXPORT_QUEUE: count('exports').default(8),
  EXPORT_WRITE_TIMEOUT_S: count('seconds', 1).default(30),
  DATABASE_RETRY_AFTER_S: count('seconds', 1).default(2),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_LOCAL_HEAP: memorySize.default('512m'),
  NEO4J_LOCAL_PAGECACHE: memorySize.default('256m'),
  NEO4J_LOCAL_START_TIMEOUT_S: z.coerce
    .number({ error: 'expected a whole number of seconds' })
    .int('expected a whole number of seconds')
    .min(5, 'expected at least 5 seconds')
    .default(120),
  SEED_ON_START: z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .default('true')
    .transform((v) => v === 'true'),
  SOURCES_DIR: optionalNonEmpty,
  OPENCYPHER_ENABLED: z
    .enum(['true', 'false', ''], { error: 'expected true or false (unset: on only when HOST is a loopback address)' })
    .optional()
    .transform((v) => (v === undefined || v === '' ? undefined : v === 'true')),
  OPENCYPHER_MAX_ROWS: z.coerce
    .number({ error: 'expected a whole number of rows' })
    .int('expected a whole number of rows')
    .min(1, 'expected at least 1 row')
    .default(DEFAULT_OPENCYPHER_MAX_ROWS),
  OPENCYPHER_CORS_ORIGINS: corsOrigins,
  READS_REQUIRE_KEY: z
    .enum(['true', 'false'], { error: 'expected true or false' })
    .default('false')
    .transform((v) => v === 'true'),
  WRITE_RATE_LIMIT_PER_MINUTE: count('mutations').default(DEFAULT_WRITE_LIMITS.ratePerMinute),
  WRITE_BATCH_MAX: count('items', 1).default(DEFAULT_WRITE_LIMITS.batchMax),
  WRITE_MAX_BODY_KB: count('kilobytes', 1).default(DEFAULT_WRITE_LIMITS.maxBodyBytes / 1024),
});

/** The password the bundled local server is given when none is configured. Local-only. */
export const LOCAL_DEFAULT_PASSWORD = 'bilateral-local-dev';

export interface LocalServerConfig {
  boltPort: number;
  /** Absolute path: the server's home (conf/, data/, logs/, run/ live below it). */
  dataDir: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

/**
 * Budgets that keep one client, or one kind of request, from taking the whole
 * service (README: Limits and failure behaviour).
 */
export interface ServiceLimits {
  /** Requests per minute per client address to /graphql and /export; 0 = no limit. */
  rateLimitPerMinute: number;
  /** Requests one client may have in flight at once; 0 = no limit. */
  clientMaxConcurrent: number;
  /** Exports streaming at once, service-wide: their share of the database connections. */
  exportMaxConcurrent: number;
  /** Exports that may wait for a slot; more are answered 503 SERVICE_BUSY at once. */
  exportQueue: number;
  /** A reader that takes nothing for this long is cut off, freeing its slot and transaction; also the longest wait in the queue. */
  exportWriteTimeoutMs: number;
}

export const DEFAULT_LIMITS: ServiceLimits = {
  rateLimitPerMinute: 600,
  clientMaxConcurrent: 16,
  exportMaxConcurrent: 2,
  exportQueue: 8,
  exportWriteTimeoutMs: 30_000,
};

/** Who may do what (README: Authentication and roles). */
export interface AuthConfig {
  /** Every request needs an API key; otherwise reads are open and only writes need one. */
  readsRequireKey: boolean;
  writeLimits: WriteLimits;
}

/** The read-only openCypher endpoint for graph-explorer (src/opencypher/). */
export interface OpenCypherConfig {
  enabled: boolean;
  /** A query answering more rows than this is refused (QueryLimitExceededException). */
  maxRows: number;
  /** Origins allowed by CORS: exact, `scheme://host:*` (any port) or `*`; empty means no CORS headers. */
  corsOrigins: string[];
}

/** The openCypher settings a service bound to `host` gets when nothing is configured. */
export function defaultOpenCypherConfig(host: string): OpenCypherConfig {
  return {
    enabled: isLoopbackHost(host),
    maxRows: DEFAULT_OPENCYPHER_MAX_ROWS,
    corsOrigins: DEFAULT_CORS_ORIGINS.split(','),
  };
}

export interface Config {
  neo4j: {
    /** The configured server; undefined means "use the bundled local server". */
    uri: string | undefined;
    user: string;
    password: string;
    database: string;
    queryTimeoutMs: number;
    /** How long the database circuit stays open before one request probes it again (also Retry-After). */
    retryAfterMs: number;
  };
  http: { port: number; host: string; limits: ServiceLimits };
  openCypher: OpenCypherConfig;
  auth: AuthConfig;
  local: LocalServerConfig;
  seedOnStart: boolean;
  /** Folder of source texts for npm run ingest (absolute; relative values are from the project root). */
  sourcesDir: string | undefined;
}

export class ConfigError extends Error {
  constructor(public readonly problems: { key: string; message: string; value?: string }[]) {
    super(
      'Invalid configuration:\n' +
        problems
          .map((p) => `  ${p.key}${p.value !== undefined ? `=${JSON.stringify(p.value)}` : ''}: ${p.message}`)
          .join('\n') +
        '\nFix the value in your environment or .env (see .env.example for every key).',
    );
    this.name = 'ConfigError';
  }
}

const SECRET_KEYS = new Set(['NEO4J_PASSWORD']);

/**
 * Parse a configuration from an environment. Pure: tests pass their own env.
 * Throws ConfigError listing every bad key at once, so a user fixes them in one go.
 */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? '(unknown)');
        const raw = env[key];
        return {
          key,
          message: issue.message,
          // Never echo secrets back into logs.
          value: SECRET_KEYS.has(key) ? undefined : raw,
        };
      }),
    );
  }
  const e = parsed.data;
  if (e.NEO4J_URI !== undefined && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError([{ key: 'NEO4J_PASSWORD', message: 'required when NEO4J_URI points at an existing server' }]);
  }
  if (e.NEO4J_PASSWORD !== undefined && e.NEO4J_URI === undefined && e.NEO4J_PASSWORD.length < 8) {
    // Neo4j refuses shorter initial passwords; say so before the server does, obscurely.
    throw new ConfigError([
      { key: 'NEO4J_PASSWORD', message: 'the bundled local Neo4j needs a password of at least 8 characters' },
    ]);
  }
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? LOCAL_DEFAULT_PASSWORD,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      retryAfterMs: e.DATABASE_RETRY_AFTER_S * 1000,
    },
    http: {
      port: e.PORT,
      host: e.HOST,
      limits: {
        rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
        clientMaxConcurrent: e.CLIENT_MAX_CONCURRENT,
        exportMaxConcurrent: e.EXPORT_MAX_CONCURRENT,
        exportQueue: e.EXPORT_QUEUE,
        exportWriteTimeoutMs: e.EXPORT_WRITE_TIMEOUT_S * 1000,
      },
    },
    openCypher: {
      // Off by default where the service is reachable from other machines: it runs user-typed queries.
      enabled: e.OPENCYPHER_ENABLED ?? isLoopbackHost(e.HOST),
      maxRows: e.OPENCYPHER_MAX_ROWS,
      corsOrigins: e.OPENCYPHER_CORS_ORIGINS,
    },
    auth: {
      readsRequireKey: e.READS_REQUIRE_KEY,
      writeLimits: {
        ratePerMinute: e.WRITE_RATE_LIMIT_PER_MINUTE,
        batchMax: e.WRITE_BATCH_MAX,
        maxBodyBytes: e.WRITE_MAX_BODY_KB * 1024,
      },
    },
    local: {
      boltPort: e.NEO4J_LOCAL_BOLT_PORT,
      dataDir: path.resolve(PROJECT_ROOT, e.NEO4J_LOCAL_DATA_DIR),
      heap: e.NEO4J_LOCAL_HEAP,
      pageCache: e.NEO4J_LOCAL_PAGECACHE,
      startTimeoutMs: e.NEO4J_LOCAL_START_TIMEOUT_S * 1000,
    },
    seedOnStart: e.SEED_ON_START,
    sourcesDir: e.SOURCES_DIR === undefined ? undefined : path.resolve(PROJECT_ROOT, e.SOURCES_DIR),
  };
}

let cached: Config | undefined;

/** The process's configuration: `.env` (if present) under the real environment, read once. */
export function loadConfig(): Config {
  if (cached === undefined) {
    loadDotenv({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });
    cached = parseConfig(process.env);
  }
  return cached;
}

/** The Bolt URI the service should use: the configured one, or the local server's. */
export function effectiveUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.local.boltPort}`;
}
