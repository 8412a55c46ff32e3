/**
 * Authentication, roles and the write gate against the real Neo4j, through a real
 * HTTP server: API keys stored hashed, Bearer credentials, 401/403 with nothing
 * written, key-only reads by configuration, the per-key write rate limit, batch and
 * body caps, no write over GET or from a read field, keys absent from answers and
 * logs, API keys hidden from every read view, and `npm run keys`.
 *
 * Writes go through a stand-in mutation (test/support/write-probe.ts) that calls
 * writeAccess exactly as the curation mutations do.
 */
import { createKey, revokeKey } from '../../src/auth/keys';
import { Graph } from '../../src/db/driver';
import { closeDriver, getDriver, rows, testDatabase } from '../support/db';
import { startTestService, TestService } from '../support/service';
import { probeCount, probeSchema, removeProbes } from '../support/write-probe';
import { CliResult, runCli } from '../support/cli';

const HOLDER = 'test:auth';
const PREFIX = 'test:auth:';

let api: TestService;
let graph: Graph;
const keys: Record<'reader' | 'editor' | 'admin' | 'revoked', string> = {
  reader: '',
  editor: '',
  admin: '',
  revoked: '',
};
let revokedId = '';

interface Answer {
  status: number;
  headers: Headers;
  text: string;

  body: any;
}

async function send(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; key?: string; authorization?: string; method?: 'GET' | 'POST' } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json' };
  const authorization = options.authorization ?? (options.key ? `Bearer ${options.key}` : undefined);
  if (authorization) headers.authorization = authorization;
  let res: Response;
  if (options.method === 'GET') {
    const params = new URLSearchParams({ query });
    if (options.variables) params.set('variables', JSON.stringify(options.variables));
    // Past Apollo's CSRF check, so that what refuses the request is the GET rule itself.
    res = await fetch(`${url}?${params.toString()}`, { headers: { ...headers, 'apollo-require-preflight': 'true' } });
  } else {
    res = await fetch(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: options.variables }),
    });
  }
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: JSON.parse(text) };
}

const WRITE = 'mutation($probes: [AuthProbeInput!]!) { authProbeWrite(probes: $probes) }';
const probe = (...ids: string[]) => ({ probes: ids.map((id) => ({ id: PREFIX + id })) });
const codeOf = (a: Answer): unknown => a.body.errors?.[0]?.extensions?.code;

const db = rows;

beforeAll(async () => {
  api = await startTestService(15_000, { schema: probeSchema() });
  graph = api.graph;
  keys.reader = (await createKey(graph, { holder: `${HOLDER} reader`, role: 'reader' })).secret;
  keys.editor = (await createKey(graph, { holder: `${HOLDER} editor`, role: 'editor' })).secret;
  keys.admin = (await createKey(graph, { holder: `${HOLDER} admin`, role: 'admin' })).secret;
  const revoked = await createKey(graph, { holder: `${HOLDER} revoked`, role: 'admin' });
  keys.revoked = revoked.secret;
  revokedId = revoked.keyId;
  await revokeKey(graph, revokedId);
});

afterAll(async () => {
  await removeProbes(PREFIX);
  await db('MATCH (k:ApiKey) WHERE k.holder STARTS WITH $h DELETE k', { h: HOLDER });
  await api.stop();
  await closeDriver();
});

describe('API keys in the database', () => {
  it('are stored as a SHA-256 hash with holder, role and times, never the key itself', async () => {
    const rows = await db('MATCH (k:ApiKey) WHERE k.holder STARTS WITH $h RETURN properties(k) AS p', { h: HOLDER });
    expect(rows).toHaveLength(4);
    const stored = JSON.stringify(rows);
    for (const key of Object.values(keys)) {
      expect(stored).not.toContain(key);
      expect(stored).not.toContain(key.slice(17)); // the secret part alone
    }
    for (const { p } of rows) {
      expect(p.secretHash).toMatch(/^[0-9a-f]{64}$/);
      expect(['reader', 'editor', 'admin']).toContain(p.role);
      expect(p.createdAt).toBeDefined();
    }
    expect(rows.filter(({ p }) => p.revokedAt !== undefined)).toHaveLength(1);
  });
});

describe('writes need a key with the editor role', () => {
  it.each([
    ['no credentials', {}],
    ['a made-up key', { key: `brg_0123456789ab_${'A'.repeat(43)}` }],
    ['a malformed key', { key: 'letmein' }],
    ['another scheme', { authorization: 'Basic bmVvNGo6bmVvNGo=' }],
    ['an empty Bearer', { authorization: 'Bearer ' }],
  ])('%s: 401 UNAUTHENTICATED with a Bearer challenge, and nothing is written', async (_what, auth) => {
    const a = await send(api.url, WRITE, { ...auth, variables: probe('anon') });
    expect(a.status).toBe(401);
    expect(codeOf(a)).toBe('UNAUTHENTICATED');
    expect(a.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    expect(a.body.errors[0].message).toMatch(/Authorization: Bearer <key>/);
    expect(a.text).not.toMatch(/\n\s+at |MATCH \(|bolt:\/\//);
    expect(await probeCount(PREFIX + 'anon')).toBe(0);
  });

  it('a revoked key: 401 UNAUTHENTICATED saying so, for writes and reads alike, and nothing is written', async () => {
    const write = await send(api.url, WRITE, { key: keys.revoked, variables: probe('revoked') });
    expect(write.status).toBe(401);
    expect(codeOf(write)).toBe('UNAUTHENTICATED');
    expect(write.body.errors[0].message).toContain(`${revokedId} was revoked`);
    expect(await probeCount(PREFIX + 'revoked')).toBe(0);
    const read = await send(api.url, '{ health { status } }', { key: keys.revoked });
    expect(read.status).toBe(401);
  });

  it('a reader key: 403 FORBIDDEN naming the role needed, and nothing is written', async () => {
    const a = await send(api.url, WRITE, { key: keys.reader, variables: probe('reader') });
    expect(a.status).toBe(403);
    expect(codeOf(a)).toBe('FORBIDDEN');
    expect(a.body.errors[0].extensions.requiredRole).toBe('editor');
    expect(a.body.errors[0].message).toMatch(/needs the editor role/);
    expect(await probeCount(PREFIX + 'reader')).toBe(0);
  });

  it('an editor key writes, and the write names the holder; merges (admin) are refused to it whole', async () => {
    const a = await send(api.url, WRITE, { key: keys.editor, variables: probe('e1', 'e2') });
    expect(a.status).toBe(200);
    expect(a.body.data.authProbeWrite).toEqual([PREFIX + 'e1', PREFIX + 'e2']);
    expect(
      await db('MATCH (p:AuthProbe) WHERE p.id STARTS WITH $p RETURN DISTINCT p.holder AS h', { p: PREFIX + 'e' }),
    ).toEqual([{ h: `${HOLDER} editor` }]);
    // An operation with an editor field and an admin one: refused before either runs.
    const both = await send(
      api.url,
      `mutation { authProbeWrite(probes: [{id: "${PREFIX}mixed"}]) authProbeMerge(id: "${PREFIX}merge-e") }`,
      { key: keys.editor },
    );
    expect(both.status).toBe(403);
    expect(codeOf(both)).toBe('FORBIDDEN');
    expect(both.body.errors[0].extensions.requiredRole).toBe('admin');
    expect(both.body.data).toBeUndefined();
    expect(await probeCount(PREFIX + 'mixed')).toBe(0);
    expect(await probeCount(PREFIX + 'merge-e')).toBe(0);
  });

  it('an admin key may merge', async () => {
    const a = await send(api.url, `mutation { authProbeMerge(id: "${PREFIX}merge-a") }`, { key: keys.admin });
    expect(a.status).toBe(200);
    expect(await probeCount(PREFIX + 'merge-a')).toBe(1);
  });

  it('no mutation over GET, whatever the key: 405 with Allow: POST, and nothing is written', async () => {
    const a = await send(api.url, WRITE, { method: 'GET', key: keys.admin, variables: probe('get') });
    expect(a.status).toBe(405);
    expect(a.headers.get('allow')).toBe('POST');
    expect(a.body.errors[0].message).toMatch(/GET requests only support query operations/);
    expect(await probeCount(PREFIX + 'get')).toBe(0);
    // Queries still work over GET.
    const q = await send(api.url, '{ health { status } }', { method: 'GET' });
    expect(q.status).toBe(200);
    expect(q.body.data.health.status).toBe('ok');
  });

  it('no write from a read field: the write path refuses outside a mutation, and nothing is written', async () => {
    const a = await send(api.url, `{ authProbeReadWrite(id: "${PREFIX}from-query") }`, { key: keys.admin });
    expect(codeOf(a)).toBe('INTERNAL_SERVER_ERROR');
    expect(a.text).not.toMatch(/\n\s+at |MATCH \(/);
    expect(await probeCount(PREFIX + 'from-query')).toBe(0);
  });

  it("no write through the read gateway: every read field's queries run in READ sessions, which Neo4j refuses to write in", async () => {
    const driver = getDriver();
    const session = driver.session({ database: testDatabase(), defaultAccessMode: 'READ' });
    try {
      await expect(session.run("CREATE (:AuthProbe {id: 'test:auth:read-session'})")).rejects.toMatchObject({
        code: 'Neo.ClientError.Statement.AccessMode',
      });
    } finally {
      await session.close();
    }
    expect(await probeCount(PREFIX + 'read-session')).toBe(0);
  });
});

describe('reads', () => {
  it('are open by default; viewer says who a key belongs to (never the key)', async () => {
    const anon = await send(api.url, '{ viewer { holder } health { status } }');
    expect(anon.status).toBe(200);
    expect(anon.body.data).toEqual({ viewer: null, health: { status: 'ok' } });
    const reader = await send(api.url, '{ viewer { keyId holder role } }', { key: keys.reader });
    expect(reader.body.data.viewer).toMatchObject({ holder: `${HOLDER} reader`, role: 'reader' });
    expect(reader.text).not.toContain(keys.reader.slice(17));
  });

  it('become key-only by configuration: 401 without a key on /graphql, /export and /openCypher; a reader key reads', async () => {
    const closed = await startTestService(15_000, {
      auth: { readsRequireKey: true },
      openCypher: { enabled: true, maxRows: 100, corsOrigins: [] },
    });
    const base = closed.url.replace(/\/graphql$/, '');
    try {
      const q = await send(closed.url, '{ health { status } }');
      expect(q.status).toBe(401);
      expect(codeOf(q)).toBe('UNAUTHENTICATED');
      const exp = await fetch(`${base}/export/graph.json`);
      expect(exp.status).toBe(401);
      expect(((await exp.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      const oc = await fetch(`${base}/openCypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'MATCH (n) RETURN count(n) AS c' }),
      });
      expect(oc.status).toBe(401);
      expect((await fetch(`${base}/summary`)).status).toBe(401);
      const ok = await send(closed.url, '{ health { status } viewer { role } }', { key: keys.reader });
      expect(ok.status).toBe(200);
      expect(ok.body.data).toEqual({ health: { status: 'ok' }, viewer: { role: 'reader' } });
      const ocOk = await fetch(`${base}/openCypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.reader}` },
        body: JSON.stringify({ query: 'MATCH (n:Country) RETURN count(n) AS c' }),
      });
      expect(ocOk.status).toBe(200);
    } finally {
      await closed.stop();
    }
  });
});

describe('key management needs admin', () => {
  it('apiKeys: 401 anonymous, 403 for reader and editor keys, the list (never a key or hash) for admin', async () => {
    const query = '{ apiKeys { keyId holder role createdAt revokedAt } }';
    expect((await send(api.url, query)).status).toBe(401);
    for (const role of ['reader', 'editor'] as const) {
      const a = await send(api.url, query, { key: keys[role] });
      expect([role, a.status, codeOf(a), a.body.errors[0].extensions.requiredRole]).toEqual([
        role,
        403,
        'FORBIDDEN',
        'admin',
      ]);
      expect(a.body.data).toBeUndefined();
    }
    const admin = await send(api.url, query, { key: keys.admin });
    expect(admin.status).toBe(200);
    const mine = admin.body.data.apiKeys.filter((k: { holder: string }) => k.holder.startsWith(HOLDER));
    expect(mine.map((k: { role: string }) => k.role).sort()).toEqual(['admin', 'admin', 'editor', 'reader']);
    expect(mine.find((k: { keyId: string }) => k.keyId === revokedId).revokedAt).toEqual(expect.any(String));
    for (const key of Object.values(keys)) expect(admin.text).not.toContain(key.slice(17));
    expect(admin.text).not.toMatch(/secretHash|[0-9a-f]{64}/);
  });
});

describe('API keys are hidden from every read view', () => {
  it('health counts, the export and openCypher (even when asked for by label) never show them', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const health = await send(api.url, '{ health { nodeCounts { label count } } }');
    expect(health.body.data.health.nodeCounts.map((c: { label: string }) => c.label)).not.toContain('ApiKey');
    const exported = await (await fetch(`${base}/export/graph.json`)).text();
    expect(exported).not.toContain('ApiKey');
    expect(exported).not.toContain('secretHash');
    expect(exported).not.toContain(HOLDER);
    const oc = await startTestService(15_000, { openCypher: { enabled: true, maxRows: 10000, corsOrigins: [] } });
    try {
      const ocBase = oc.url.replace(/\/graphql$/, '');
      for (const query of [
        'MATCH (k:ApiKey) RETURN k',
        'MATCH (k:%) WHERE k.secretHash IS NOT NULL RETURN k',
        'MATCH (k) WHERE k.secretHash IS NOT NULL RETURN k',
        'MATCH (k:!Evidence) WHERE k.secretHash IS NOT NULL RETURN k',
        'MATCH (k:ApiKey|Entity) WHERE k.role IN ["reader", "editor", "admin"] RETURN k',
      ]) {
        const res = await fetch(`${ocBase}/openCypher`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { results: unknown[] };
        expect([query, res.status, body.results]).toEqual([query, 200, []]);
      }
      const summary = await (await fetch(`${ocBase}/summary`)).text();
      expect(summary).not.toContain('ApiKey');
    } finally {
      await oc.stop();
    }
  });
});

describe('abuse limits on writes', () => {
  it('a per-key write rate limit: 429 TOO_MANY_REQUESTS with Retry-After past it, nothing written; other keys and reads unaffected', async () => {
    const limited = await startTestService(15_000, {
      schema: probeSchema(),
      auth: { writeLimits: { ratePerMinute: 2 } },
    });
    try {
      for (const n of [1, 2]) {
        expect((await send(limited.url, WRITE, { key: keys.editor, variables: probe(`rate${n}`) })).status).toBe(200);
      }
      const over = await send(limited.url, WRITE, { key: keys.editor, variables: probe('rate3') });
      expect(over.status).toBe(429);
      expect(codeOf(over)).toBe('TOO_MANY_REQUESTS');
      const retry = Number(over.headers.get('retry-after'));
      expect(retry).toBeGreaterThanOrEqual(1);
      expect(retry).toBeLessThanOrEqual(60);
      expect(over.body.errors[0].extensions.retryAfterSeconds).toBe(retry);
      expect(await probeCount(PREFIX + 'rate3')).toBe(0);
      // Counted per key: the admin's first write goes through; reads are not writes.
      expect((await send(limited.url, WRITE, { key: keys.admin, variables: probe('rate-admin') })).status).toBe(200);
      expect((await send(limited.url, '{ health { status } }', { key: keys.editor })).status).toBe(200);
      // A reader is refused for its role (403) before any budget is counted.
      expect((await send(limited.url, WRITE, { key: keys.reader, variables: probe('rate-r') })).status).toBe(403);
    } finally {
      await limited.stop();
    }
  });

  it('a batch cap: a list over WRITE_BATCH_MAX is 400 BAD_USER_INPUT naming it, and nothing is written', async () => {
    const capped = await startTestService(15_000, { schema: probeSchema(), auth: { writeLimits: { batchMax: 3 } } });
    try {
      const over = await send(capped.url, WRITE, { key: keys.editor, variables: probe('b1', 'b2', 'b3', 'b4') });
      expect(over.status).toBe(400);
      expect(codeOf(over)).toBe('BAD_USER_INPUT');
      expect(over.body.errors[0].extensions.argument).toBe('probes');
      expect(over.body.errors[0].message).toMatch(/probes holds 4 items; one write may carry at most 3/);
      expect(await probeCount(PREFIX + 'b')).toBe(0);
      expect((await send(capped.url, WRITE, { key: keys.editor, variables: probe('b1', 'b2', 'b3') })).status).toBe(
        200,
      );
    } finally {
      await capped.stop();
    }
  });

  it('a body cap: 413 over 100 kB without a write key; a key that may write gets WRITE_MAX_BODY_KB, and no more', async () => {
    const big = { probes: [{ id: PREFIX + 'big', text: 'x'.repeat(200 * 1024) }] };
    const anon = await send(api.url, WRITE, { variables: big });
    expect(anon.status).toBe(413);
    expect(codeOf(anon)).toBe('PAYLOAD_TOO_LARGE');
    const reader = await send(api.url, WRITE, { key: keys.reader, variables: big });
    expect(reader.status).toBe(413);
    const editor = await send(api.url, WRITE, { key: keys.editor, variables: big });
    expect(editor.status).toBe(200);
    expect(await probeCount(PREFIX + 'big')).toBe(1);
    const huge = { probes: [{ id: PREFIX + 'huge', text: 'x'.repeat(1100 * 1024) }] };
    const tooBig = await send(api.url, WRITE, { key: keys.editor, variables: huge });
    expect(tooBig.status).toBe(413);
    expect(await probeCount(PREFIX + 'huge')).toBe(0);
  });
});

describe('keys never appear in answers or logs', () => {
  it('nothing the service prints or answers contains a key, good or bad', async () => {
    const printed: string[] = [];
    const spies = (['log', 'error', 'warn', 'info'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' '))),
    );
    const wrong = keys.editor.slice(0, -4) + 'AAAA';
    const answers: string[] = [];
    try {
      for (const key of [keys.editor, keys.reader, keys.revoked, wrong, 'not-a-key']) {
        answers.push((await send(api.url, WRITE, { key, variables: probe('log') })).text);
        answers.push((await send(api.url, '{ viewer { holder } }', { key })).text);
        answers.push((await send(api.url, '{ nope }', { key })).text);
        answers.push(
          await (
            await fetch(api.url.replace(/\/graphql$/, '/export/graph.json?ids=nope'), {
              headers: { authorization: `Bearer ${key}` },
            })
          ).text(),
        );
      }
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    const everything = [...printed, ...answers].join('\n');
    for (const key of [...Object.values(keys), wrong]) {
      expect(everything).not.toContain(key);
      expect(everything).not.toContain(key.slice(17));
    }
    expect(everything).not.toContain('not-a-key');
  });
});

describe('npm run keys', () => {
  const cli = (args: string[]): Promise<CliResult> => runCli('src/cli/keys.ts', args);

  it('create prints the key once; list shows holder, role and times but no key; revoke stops it at once', async () => {
    const created = await cli(['create', '--holder', `${HOLDER} cli`, '--role', 'editor']);
    expect(created.code).toBe(0);
    const key = /^\s+(brg_[0-9a-f]{12}_\S{43})$/m.exec(created.stdout)?.[1];
    expect(key).toBeDefined();
    expect(created.stdout).toMatch(/only time the key is shown/);
    const keyId = key!.split('_')[1]!;

    const ok = await send(api.url, WRITE, { key, variables: probe('cli') });
    expect(ok.status).toBe(200);

    const list = await cli(['list', '--json']);
    expect(list.code).toBe(0);
    const listed = JSON.parse(list.stdout) as Record<string, unknown>[];
    const mine = listed.find((k) => k.keyId === keyId);
    expect(mine).toMatchObject({ holder: `${HOLDER} cli`, role: 'editor', revokedAt: null });
    expect(typeof mine!.createdAt).toBe('string');
    expect(list.stdout).not.toContain(key!.slice(17));
    expect(list.stdout).not.toContain('secretHash');
    const table = await cli(['list']);
    expect(table.stdout).toMatch(new RegExp(`${keyId}\\s+test:auth cli\\s+editor`));

    const revoked = await cli(['revoke', keyId]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`Revoked key ${keyId}`));
    const refused = await send(api.url, WRITE, { key, variables: probe('cli-after') });
    expect(refused.status).toBe(401);
    expect(await probeCount(PREFIX + 'cli-after')).toBe(0);
    const again = await cli(['revoke', keyId]);
    expect(again.stdout).toMatch(/already revoked/);
  });

  it('says what is wrong: an unknown key id (exit 1), a bad role or missing holder (exit 2)', async () => {
    const unknown = await cli(['revoke', 'ffffffffffff']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No key with id "ffffffffffff"/);
    const role = await cli(['create', '--holder', 'x', '--role', 'boss']);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/expected one of reader, editor, admin/);
    const holder = await cli(['create', '--role', 'editor']);
    expect(holder.code).toBe(2);
    expect(holder.stderr).toMatch(/--holder/);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Authorization: Bearer <key>/);
  });
});
