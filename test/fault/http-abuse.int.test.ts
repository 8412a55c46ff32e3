/**
 * Fault and abuse suite, HTTP layer: malformed bodies of every kind, GraphQL
 * requests the schema cannot run, limits per client, headers. Each case asserts
 * the status, the code, that nothing leaks (no stack, no file path, no Cypher), and
 * that the service answers normally afterwards.
 */
import net from 'node:net';
import zlib from 'node:zlib';
import { closeDriver } from '../support/db';
import { startTestService, TestService } from '../support/service';

const LEAK = /\n\s+at |node_modules|\/work\/|\.ts:\d+|MATCH \(|bolt:\/\/|<html/i;
const HEALTH = JSON.stringify({ query: '{ health { status } }' });

let api: TestService;
let base: string;
beforeAll(async () => {
  api = await startTestService();
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api.stop();
  await closeDriver();
});

async function post(body: string | Buffer, headers: Record<string, string> = {}, url = api.url) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) };
}

/** Send raw bytes over a fresh connection and read the whole answer (the server closes it). */
function raw(bytes: string, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    let out = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (out += d));
    socket.on('error', reject);
    socket.on('close', () => resolve(out));
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
  });
}

async function stillServing(): Promise<void> {
  const res = await post(HEALTH);
  expect(res.status).toBe(200);
  expect(res.json.data.health.status).toBe('ok');
}

describe('malformed request bodies get one JSON error each, never an HTML stack trace', () => {
  const bomb = zlib.gzipSync(Buffer.alloc(2_000_000, ' '));
  it.each<[string, () => Promise<Awaited<ReturnType<typeof post>>>, number, string]>([
    ['malformed JSON', () => post('{bad'), 400, 'BAD_REQUEST'],
    ['JSON that is not an object', () => post('"just a string"'), 400, 'BAD_REQUEST'],
    [
      'an unsupported charset',
      () => post('{}', { 'content-type': 'application/json; charset=latin9' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['an unknown content encoding', () => post('{}', { 'content-encoding': 'xyz' }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a body that is not the gzip it claims',
      () => post('not gzip at all', { 'content-encoding': 'gzip' }),
      400,
      'BAD_REQUEST',
    ],
    ['an oversized body', () => post(`{"query":"${' '.repeat(200_000)}"}`), 413, 'PAYLOAD_TOO_LARGE'],
    [
      'a gzip bomb (2 MB inflated from 2 KB)',
      () => post(bomb, { 'content-encoding': 'gzip' }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('%s', async (_name, send, status, code) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.json.errors[0].extensions.code).toBe(code);
    expect(res.json.errors[0].message).toEqual(expect.any(String));
    expect(res.text).not.toMatch(LEAK);
    await stillServing();
  });

  it('accepts a well-formed gzip body (the limit applies to the inflated size)', async () => {
    const res = await post(zlib.gzipSync(HEALTH), { 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.json.data.health.status).toBe('ok');
  });

  it('answers requests Node rejects before Express (bad request line, huge headers) with JSON too', async () => {
    const port = Number(new URL(api.url).port);
    const garbage = await raw('NOT HTTP AT ALL\r\n\r\n', port);
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.split('\r\n\r\n')[1]!).error.code).toBe('BAD_REQUEST');
    const big = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, port);
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(big.split('\r\n\r\n')[1]!).error.code).toBe('HEADERS_TOO_LARGE');
    await stillServing();
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await fetch(`${base}/no/such/page`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toMatch(/\/graphql/);
  });
});

describe('GraphQL requests the API cannot run get spec-correct 4xx answers', () => {
  it('a syntax error is 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(JSON.stringify({ query: '{ health { status ' }));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a document over the token limit is 400 GRAPHQL_PARSE_FAILED', async () => {
    const res = await post(JSON.stringify({ query: `{ ${'__typename '.repeat(3100)} }` }));
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.json.errors[0].message).toMatch(/3000 tokens/);
  });

  it.each([
    ['subscription { x }', /no subscription operations/],
    ['mutation { x }', /Cannot query field "x" on type "Mutation"/],
  ])(
    '%s is 400 GRAPHQL_VALIDATION_FAILED before anything runs, and nothing is logged as internal',
    async (query, message) => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const res = await post(JSON.stringify({ query }));
        expect(res.status).toBe(400);
        expect(res.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(res.json.errors[0].message).toMatch(message);
        expect(logged).not.toHaveBeenCalled();
      } finally {
        logged.mockRestore();
      }
    },
  );
});

describe('headers', () => {
  it('sends no X-Powered-By, anywhere', async () => {
    for (const path of ['/graphql', '/healthz', '/explorer', '/export/nothing']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('protects GraphiQL and the explorer with a same-origin CSP and no framing', async () => {
    for (const path of ['/graphql', '/explorer']) {
      const res = await fetch(`${base}${path}`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      // Every script is a same-origin file: the policy allows no inline script.
      const html = await res.text();
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    }
  });
});

describe('per-client limits', () => {
  it('answers the request over the rate limit with 429 TOO_MANY_REQUESTS and Retry-After', async () => {
    const limited = await startTestService(15_000, { limits: { rateLimitPerMinute: 5, clientMaxConcurrent: 0 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(HEALTH, {}, limited.url)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      const res = await post(HEALTH, {}, limited.url);
      expect(res.status).toBe(429);
      expect(res.json.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      // Liveness and readiness are never limited: an orchestrator must always get an answer.
      const health = await fetch(limited.url.replace(/\/graphql$/, '/healthz'));
      expect(health.status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it('answers a request over the per-client concurrency limit with 429, and serves again once one finishes', async () => {
    const limited = await startTestService(15_000, { limits: { rateLimitPerMinute: 0, clientMaxConcurrent: 2 } });
    const port = Number(new URL(limited.url).port);
    // Two requests in flight: headers sent, body still to come.
    const open = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<net.Socket>((resolve) => {
            const s = net.connect(port, '127.0.0.1', () => {
              s.write(
                'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{',
              );
              resolve(s);
            });
            s.on('error', () => undefined);
          }),
      ),
    );
    try {
      await new Promise((r) => setTimeout(r, 200));
      const res = await post(HEALTH, {}, limited.url);
      expect(res.status).toBe(429);
      expect(res.json.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      expect(res.json.errors[0].message).toMatch(/CLIENT_MAX_CONCURRENT/);
      expect(res.headers.get('retry-after')).toBe('1');
      for (const s of open) s.destroy();
      await new Promise((r) => setTimeout(r, 200));
      expect((await post(HEALTH, {}, limited.url)).status).toBe(200);
    } finally {
      for (const s of open) s.destroy();
      await limited.stop();
    }
  });
});

describe('liveness and readiness', () => {
  it('/healthz says the process is alive; /readyz says the database answers', async () => {
    const live = await fetch(`${base}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'reachable' });
  });
});
