import path from 'node:path';
import {
  ConfigError,
  DEFAULT_LIMITS,
  effectiveUri,
  LOCAL_DEFAULT_PASSWORD,
  parseConfig,
  PROJECT_ROOT,
} from '../../src/config';

function problems(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('defaults to the bundled local server when NEO4J_URI is unset', () => {
    const c = parseConfig({});
    expect(c.neo4j.uri).toBeUndefined();
    expect(effectiveUri(c)).toBe('bolt://127.0.0.1:7687');
    expect(c.neo4j.password).toBe(LOCAL_DEFAULT_PASSWORD);
    expect(c.http.port).toBe(4000);
    expect(c.local.dataDir).toBe(path.join(PROJECT_ROOT, '.data/neo4j'));
    expect(c.seedOnStart).toBe(true);
  });

  it('binds to loopback with the documented limits unless told otherwise', () => {
    const c = parseConfig({});
    expect(c.http.host).toBe('127.0.0.1');
    expect(c.http.limits).toEqual(DEFAULT_LIMITS);
    expect(c.neo4j.retryAfterMs).toBe(2000);
    const open = parseConfig({ HOST: '0.0.0.0', RATE_LIMIT_PER_MINUTE: '0', EXPORT_WRITE_TIMEOUT_S: '5' });
    expect(open.http.host).toBe('0.0.0.0');
    expect(open.http.limits.rateLimitPerMinute).toBe(0);
    expect(open.http.limits.exportWriteTimeoutMs).toBe(5000);
    const message = problems({ EXPORT_MAX_CONCURRENT: '0', CLIENT_MAX_CONCURRENT: 'lots' });
    expect(message).toMatch(/EXPORT_MAX_CONCURRENT="0": expected at least 1 exports/);
    expect(message).toMatch(/CLIENT_MAX_CONCURRENT="lots": expected a whole number of requests/);
  });

  it('accepts bolt, neo4j and neo4j+s URIs for existing servers', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster.example:7687', 'neo4j+s://abc.databases.neo4j.io']) {
      const c = parseConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' });
      expect(effectiveUri(c)).toBe(uri);
    }
  });

  it('names the key and the expected form for a bad port', () => {
    const message = problems({ PORT: 'eighty' });
    expect(message).toMatch(/PORT="eighty"/);
    expect(message).toMatch(/TCP port number/);
  });

  it('rejects an unknown URI scheme, naming the schemes it accepts', () => {
    const message = problems({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' });
    expect(message).toMatch(/NEO4J_URI/);
    expect(message).toMatch(/bolt:\/\/host:7687/);
  });

  it('requires a password for an existing server and never echoes it', () => {
    expect(problems({ NEO4J_URI: 'bolt://db:7687' })).toMatch(/NEO4J_PASSWORD: required/);
    const message = problems({ NEO4J_PASSWORD: 'short' });
    expect(message).toMatch(/at least 8 characters/);
    expect(message).not.toMatch(/short"/);
  });

  it('reports every bad key at once', () => {
    const message = problems({ PORT: '70000', NEO4J_LOCAL_HEAP: 'lots', SEED_ON_START: 'maybe' });
    expect(message).toMatch(/PORT="70000"/);
    expect(message).toMatch(/NEO4J_LOCAL_HEAP="lots": expected a size like 512m/);
    expect(message).toMatch(/SEED_ON_START="maybe": expected true or false/);
  });
});

describe('openCypher settings', () => {
  it('serves the endpoint by default only on a loopback HOST, with this machine as the CORS origin', () => {
    expect(parseConfig({}).openCypher.enabled).toBe(true); // HOST defaults to 127.0.0.1
    expect(parseConfig({ HOST: '0.0.0.0' }).openCypher.enabled).toBe(false);
    expect(parseConfig({ HOST: '127.0.0.1' }).openCypher.enabled).toBe(true);
    expect(parseConfig({ HOST: 'localhost' }).openCypher.enabled).toBe(true);
    expect(parseConfig({ HOST: '0.0.0.0', OPENCYPHER_ENABLED: 'true' }).openCypher.enabled).toBe(true);
    expect(parseConfig({ HOST: '127.0.0.1', OPENCYPHER_ENABLED: 'false' }).openCypher.enabled).toBe(false);
    const c = parseConfig({});
    expect(c.openCypher.maxRows).toBe(10000);
    expect(c.openCypher.corsOrigins).toEqual(['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*']);
  });

  it('reads a list of CORS origins, empty for none, and names a bad one', () => {
    expect(
      parseConfig({ OPENCYPHER_CORS_ORIGINS: 'https://ge.example.org, http://localhost:5173' }).openCypher.corsOrigins,
    ).toEqual(['https://ge.example.org', 'http://localhost:5173']);
    expect(parseConfig({ OPENCYPHER_CORS_ORIGINS: '' }).openCypher.corsOrigins).toEqual([]);
    expect(problems({ OPENCYPHER_CORS_ORIGINS: 'ge.example.org/path' })).toMatch(
      /OPENCYPHER_CORS_ORIGINS="ge.example.org\/path"/,
    );
    expect(problems({ OPENCYPHER_MAX_ROWS: '0' })).toMatch(/OPENCYPHER_MAX_ROWS="0": expected at least 1 row/);
    expect(problems({ OPENCYPHER_ENABLED: 'yes' })).toMatch(/OPENCYPHER_ENABLED="yes": expected true or false/);
  });
});
