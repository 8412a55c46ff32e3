/**
 * The access paths (docs/ontology.md, Access paths) stay true on every write path of the shared
 * seeded database: the seed (from nothing), the ingest command, and the curation mutations that
 * change membership, participation or an episode's parts (assertFact, updateEntity of a part's
 * date, retractFact of a relationship and of an entity). After each, access/verify.cypher, which
 * recomputes every value from the graph by traversal, finds no difference, and the value the
 * write should have changed is checked by name. A write that bypasses the refresh is caught.
 * (The online loader and the bulk import are checked in test/scale/, the rest of the curation
 * mutations — merge, undo, evidence retraction — in test/curation/.)
 *
 * Isolation: every id written here contains `access-test`; all of it is removed at the end and
 * the access paths of the whole graph refreshed, so the seed's stay as they were.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKey } from '../../src/auth/keys';
import { PROJECT_ROOT } from '../../src/config';
import { refreshAllAccessPaths, verifyAccessPaths } from '../../src/db/access-paths';
import { closeDriver, getDriver, runCypherScripts, testDatabase, testEnv } from '../support/db';
import { startTestService, TestService } from '../support/service';
import { BULLETIN_TEXT_FILE as TEXT_FILE, bulletinSource } from '../../src/docs/bulletin';

const TEXTS = 'test/fixtures/sources';
const SOURCE = 'source:access-test-bulletin';
const PERSON = 'person:access-test-official';
const COERCION = 'coercion:access-test-pressure';
const PART = 'event:access-test-meeting';
const AGENCY = 'org:access-test-agency';
const EVENT = 'event:2019-trump-tariff-threat'; // a seed event
const GOVERNMENT = 'org:mx-government'; // PART_OF country:mx in the seed
const HOLDERS = ['access-test-editor', 'access-test-admin'];

let service: TestService;
const keys = { editor: '', admin: '' };

const run = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await getDriver().executeQuery(cypher, params, { database: testDatabase() })).records.map((r) => r.toObject());
const prop = async (id: string, key: string): Promise<unknown> =>
  (await run('MATCH (n:Entity {id: $id}) RETURN n[$key] AS v', { id, key }))[0]?.v ?? null;
const differences = () => verifyAccessPaths(getDriver(), testDatabase(), 20);

async function ok(key: string, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = JSON.parse(await res.text());
  if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const OUT = 'changeId relationship { id } entity { id version }';
const M = {
  register: `mutation($input: RegisterSourceInput!) { registerSource(input: $input) { changeId } }`,
  create: `mutation($input: CreateEntityInput!) { createEntity(input: $input) { ${OUT} } }`,
  update: `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { ${OUT} } }`,
  assert: `mutation($input: AssertFactInput!) { assertFact(input: $input) { ${OUT} } }`,
  retractFact: `mutation($input: RetractFactInput!) { retractFact(input: $input) { ${OUT} } }`,
};
const evidence = (excerpt: string) => [
  {
    excerpt,
    attribution: 'reporting',
    attributedTo: 'The Imaginary Border Bulletin',
    confidence: 0.8,
    status: 'asserted',
  },
];
const assertFact = (type: string, from: string, to: string, excerpt: string, role?: string) =>
  ok(keys.editor, M.assert, { input: { sourceId: SOURCE, type, from, to, role, evidence: evidence(excerpt) } });

async function cleanUp(): Promise<void> {
  await run(
    `MATCH (n) WHERE (n:Entity OR n:Retracted OR n:Merged OR n:Source) AND n.id CONTAINS 'access-test' DETACH DELETE n`,
  );
  await run(`MATCH ()-[r]->() WHERE r.id CONTAINS 'access-test' DELETE r`);
  await run(`MATCH (e:Evidence) WHERE e.factId CONTAINS 'access-test' OR e.sourceId CONTAINS 'access-test' DELETE e`);
  await run(`MATCH (c:Change) WHERE c.holder IN $holders DELETE c`, { holders: HOLDERS });
  await run(`MATCH (k:ApiKey) WHERE k.holder IN $holders DELETE k`, { holders: HOLDERS });
  // The raw deletes above bypass the refresh: make the shared graph's access paths true again.
  await refreshAllAccessPaths(getDriver(), testDatabase());
}

beforeAll(async () => {
  await cleanUp();
  service = await startTestService(60_000, {
    curation: { sourcesDir: path.join(PROJECT_ROOT, TEXTS) },
    auth: { writeLimits: { ratePerMinute: 0 } },
  });
  keys.editor = (await createKey(service.graph, { holder: HOLDERS[0]!, role: 'editor' })).secret;
  keys.admin = (await createKey(service.graph, { holder: HOLDERS[1]!, role: 'admin' })).secret;
});

afterAll(async () => {
  await cleanUp();
  expect(await differences()).toEqual([]);
  await service?.stop();
  await closeDriver();
});

describe('the access paths', () => {
  it('are derived by the seed from nothing: every one true, the seed’s own examples as expected', async () => {
    await run(
      `MATCH (n:Entity) REMOVE n.sideOf, n.participantSides, n.giverSides, n.partsStart, n.partsEnd, n.ownerSides, n.accessDerivation`,
    );
    expect((await differences()).length).toBeGreaterThan(0); // stripped: the check sees it
    await runCypherScripts();
    expect(await differences()).toEqual([]);
    expect(await prop(GOVERNMENT, 'sideOf')).toEqual(['country:mx']);
    expect(await prop(EVENT, 'participantSides')).toEqual(expect.arrayContaining(['country:us']));
    expect(await prop(EVENT, 'accessDerivation')).toBe('access-paths');
    // The seed's coercion is dated itself; its parts' span is stored beside its own dates.
    expect(await prop('coercion:2019-tariff-threat', 'partsStart')).not.toBeNull();
    // Remain in Mexico is Trump's, who leads an administration that is part of the United States.
    expect(await prop('policy:remain-in-mexico', 'ownerSides')).toEqual(expect.arrayContaining(['country:us']));
    // A second seed writes nothing more.
    const before = await run('MATCH (n:Entity) RETURN n.id AS id, n.participantSides AS s ORDER BY id');
    await runCypherScripts();
    expect(await run('MATCH (n:Entity) RETURN n.id AS id, n.participantSides AS s ORDER BY id')).toEqual(before);
  });

  it('catch a write that bypasses the refresh (the check is not vacuous)', async () => {
    // An event none of whose participants is on the Mexican government's side.
    const event = (
      (await run(
        `MATCH (e:Event) WHERE NOT $g IN coalesce(e.participantSides, []) RETURN e.id AS id ORDER BY id LIMIT 1`,
        { g: GOVERNMENT },
      )) as { id: string }[]
    )[0]!.id;
    await run(
      `MATCH (g:Entity {id: $g}), (e:Entity {id: $e}) CREATE (g)-[:PARTICIPATED_IN {id: 'access-test-raw'}]->(e)`,
      {
        g: GOVERNMENT,
        e: event,
      },
    );
    expect(await differences()).toEqual([expect.objectContaining({ property: 'participantSides', id: event })]);
    await run(`MATCH ()-[r {id: 'access-test-raw'}]->() DELETE r`);
    await refreshAllAccessPaths(getDriver(), testDatabase());
    expect(await differences()).toEqual([]);
  });

  it('turn notes stored as sentences into the key, in batches, each its own transaction', async () => {
    // A store written before derivation keys: five nodes with the old sentence. Batches of two
    // make the whole-graph refresh loop three times (2 + 2 + 1) before a batch comes back short.
    const ids = (
      (await run('MATCH (n:Entity) WHERE n.accessDerivation IS NOT NULL RETURN n.id AS id ORDER BY id LIMIT 5')) as {
        id: string;
      }[]
    ).map((r) => r.id);
    expect(ids).toHaveLength(5);
    const sentence = 'derived by cypher/queries/access/refresh.cypher (an old store)';
    await run('MATCH (n:Entity) WHERE n.id IN $ids SET n.accessDerivation = $sentence', { ids, sentence });
    expect(await differences()).toEqual(
      expect.arrayContaining([expect.objectContaining({ property: 'accessDerivation', id: ids[0] })]),
    );
    await refreshAllAccessPaths(getDriver(), testDatabase(), { keyBatchSize: 2 });
    const after = await run('MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(DISTINCT n.accessDerivation) AS keys', {
      ids,
    });
    expect(after[0]?.keys).toEqual(['access-paths']);
    expect(await differences()).toEqual([]);
  });

  it('follow the curation mutations: membership, participation, an episode’s parts, retraction', async () => {
    await ok(keys.editor, M.register, {
      input: bulletinSource(SOURCE, 'Bulletin (access test)'),
    });
    const create = (label: string, id: string, name: string, extra: Record<string, unknown> = {}) =>
      ok(keys.editor, M.create, {
        input: { sourceId: SOURCE, label, id, name, evidence: evidence('Mexican President'), ...extra },
      });
    await create('Person', PERSON, 'An official (access test)');
    await create('Coercion', COERCION, 'Pressure (access test)');
    await create('Event', PART, 'A meeting (access test)', { date: '2021-05-10', datePrecision: 'day' });
    expect(await differences()).toEqual([]);

    // Participation: the seed event gains the person; membership then puts it on Mexico's side.
    await assertFact('PARTICIPATED_IN', PERSON, EVENT, 'met his cabinet', 'actor');
    expect(await prop(EVENT, 'participantSides')).toEqual(expect.arrayContaining([PERSON]));
    expect(await differences()).toEqual([]);
    const member = (await assertFact('MEMBER_OF', PERSON, GOVERNMENT, 'his cabinet')).assertFact.relationship.id;
    expect(await prop(PERSON, 'sideOf')).toEqual(['country:mx', GOVERNMENT]); // sorted
    expect(await prop(EVENT, 'participantSides')).toEqual(expect.arrayContaining([PERSON, GOVERNMENT, 'country:mx']));
    expect(await differences()).toEqual([]);

    // An episode's span follows its parts and their dates.
    await assertFact('HAS_PART', COERCION, PART, 'met his cabinet on Monday', 'pressure');
    expect(String(await prop(COERCION, 'partsStart'))).toBe('2021-05-10');
    const version = Number(String((await prop(PART, 'version')) ?? 1)); // a driver Integer; absent: 1
    await ok(keys.editor, M.update, {
      input: { id: PART, expectedVersion: version, date: '2021-05-03', datePrecision: 'day', reason: 'misdated' },
    });
    expect(String(await prop(COERCION, 'partsStart'))).toBe('2021-05-03');
    expect(await differences()).toEqual([]);

    // Retracting the membership takes the person off Mexico's side again.
    await ok(keys.editor, M.retractFact, { input: { id: member, expectedVersion: 1, reason: 'not a member (test)' } });
    expect(await prop(PERSON, 'sideOf')).toBeNull();
    expect(await differences()).toEqual([]);

    // Retracting the person takes it out of the seed event's participants.
    const personVersion = Number(String((await prop(PERSON, 'version')) ?? 1));
    await ok(keys.admin, M.retractFact, {
      input: { id: PERSON, expectedVersion: personVersion, reason: 'no such official (test)' },
    });
    expect(await prop(EVENT, 'participantSides')).not.toEqual(expect.arrayContaining([PERSON]));
    expect(await differences()).toEqual([]);
  });

  it('follow a policy’s owners: a new step below the owner moves the policy onto the country’s side', async () => {
    await ok(keys.editor, M.register, { input: bulletinSource(SOURCE, 'Bulletin (access test)') }).catch(
      () => undefined,
    );
    const POLICY = 'policy:access-test-plan';
    const OWNER = 'org:access-test-owner';
    for (const [label, id, name] of [
      ['Organization', OWNER, 'An agency (access test)'],
      ['Policy', POLICY, 'A plan (access test)'],
    ])
      await ok(keys.editor, M.create, {
        input: { sourceId: SOURCE, label, id, name, evidence: evidence('Mexican President') },
      });
    await assertFact('POLICY_OF', POLICY, OWNER, 'his cabinet');
    expect(await prop(POLICY, 'ownerSides')).toEqual([OWNER]);
    const asOf = `query($of: ID) { asOf(date: "2021-05-03", of: $of) { policiesPossiblyInForce { policy { id } } } }`;
    const policiesOf = async (of: string) =>
      (await ok(keys.editor, asOf, { of })).asOf.policiesPossiblyInForce.map(
        (p: { policy: { id: string } }) => p.policy.id,
      );
    expect(await policiesOf('country:mx')).not.toContain(POLICY);
    // The step is written from the owner, not the policy: the refresh must follow it up to the policy.
    const partOf = (await assertFact('PART_OF', OWNER, GOVERNMENT, 'his cabinet')).assertFact.relationship.id;
    expect(await prop(POLICY, 'ownerSides')).toEqual(['country:mx', GOVERNMENT, OWNER].sort());
    expect(await policiesOf('country:mx')).toContain(POLICY);
    expect(await differences()).toEqual([]);
    await ok(keys.editor, M.retractFact, {
      input: { id: partOf, expectedVersion: 1, reason: 'not part of it (test)' },
    });
    expect(await prop(POLICY, 'ownerSides')).toEqual([OWNER]);
    expect(await policiesOf('country:mx')).not.toContain(POLICY);
    expect(await differences()).toEqual([]);
  });

  it('follow npm run ingest: a new agency of Mexico taking part in a seed event', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'access-test-'));
    const file = path.join(dir, 'agency.yaml');
    fs.writeFileSync(
      file,
      [
        'source:',
        '  id: source:access-test-ingest',
        "  title: 'Bulletin (access test, ingest)'",
        "  publisher: 'The Imaginary Border Bulletin (synthetic)'",
        '  date: 2021-05-10',
        '  datePrecision: day',
        '  kind: synthetic-test-text',
        '  language: en',
        '  synthetic: true',
        `  text: ${TEXT_FILE}`,
        'defaults:',
        '  attribution: reporting',
        '  attributedTo: The Imaginary Border Bulletin',
        '  confidence: 0.8',
        '  status: asserted',
        'entities:',
        '  - label: Organization',
        `    id: ${AGENCY}`,
        '    name: An agency (access test)',
        '    evidence:',
        '      - excerpt: Figures from Mexico’s National Migration Institute',
        'statements:',
        '  - relationship: PART_OF',
        `    from: ${AGENCY}`,
        '    to: country:mx',
        '    new: true',
        '    evidence:',
        '      - excerpt: answers to the country’s government',
        '  - relationship: PARTICIPATED_IN',
        `    from: ${AGENCY}`,
        `    to: ${EVENT}`,
        '    role: actor',
        '    new: true',
        '    evidence:',
        '      - excerpt: Mexico deported 8,120 people in March',
        '',
      ].join('\n'),
    );
    const result = await new Promise<{ code: number | null; out: string }>((resolve, reject) => {
      const child = spawn(
        path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
        ['src/cli/ingest.ts', file, '--texts', TEXTS],
        {
          cwd: PROJECT_ROOT,
          env: testEnv({}),
        },
      );
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, out }));
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect({ code: result.code, out: result.code === 0 ? '' : result.out }).toEqual({ code: 0, out: '' });
    expect(await prop(AGENCY, 'sideOf')).toEqual(['country:mx']);
    expect(await prop(EVENT, 'participantSides')).toEqual(expect.arrayContaining([AGENCY, 'country:mx']));
    expect(await differences()).toEqual([]);
  });
});
