/**
 * The curation API against the real Neo4j through a real HTTP server: every mutation
 * journalled with before and after; retraction hides from the default reads and shows with
 * includeRetracted and in history; a record-time read returns the earlier state; a merge
 * moves everything, the old id resolves, and the undo restores it; input is refused with the
 * ingest's own messages (the same bad excerpt through `npm run ingest` and the API); writes
 * without a key or with a role too low are refused with nothing written; parallel writers on
 * one entity: exactly one wins each round (CONFLICT for the rest), and read-modify-write
 * loops lose no update.
 *
 * Isolation: the database is shared and seeded. Everything here has an id containing
 * `curation-test` (entities, relationships, evidence, the source) or is a change record or
 * key of this file's key holders; all of it is removed at the end, and the seed entities the
 * test links to keep their own properties (checked).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKey } from '../../src/auth/keys';
import { refreshAllAccessPaths, verifyAccessPaths } from '../../src/db/access-paths';
import { PROJECT_ROOT } from '../../src/config';
import { TIME_DERIVATIONS } from '../../src/ontology/derivations';
import { closeDriver, getDriver, rows, testDatabase } from '../support/db';
import { startTestService, TestService } from '../support/service';
import { CliResult, runCli } from '../support/cli';
import { BULLETIN_TEXT_FILE as TEXT_FILE, bulletinSource } from '../../src/docs/bulletin';

const TEXTS = path.join(PROJECT_ROOT, 'test/fixtures/sources');
const SOURCE = 'source:curation-test-bulletin';
const A = 'person:curation-test-amlo-a';
const B = 'person:curation-test-amlo-b';
const OFFICE = 'office:mx-president';
const GOVERNMENT = 'org:mx-government';
const HOLDERS = ['curation-test-editor', 'curation-test-admin', 'curation-test-reader'];

let service: TestService;
const keys: Record<'editor' | 'admin' | 'reader', string> = { editor: '', admin: '', reader: '' };

const run = rows;

interface Answer {
  status: number;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] };
}

/** POST a GraphQL request, with a key when given. */
async function gql(key: string | null, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(service.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: JSON.parse(await res.text()) };
}

async function ok(key: string | null, query: string, variables?: Record<string, unknown>): Promise<any> {
  const a = await gql(key, query, variables);
  if (a.body.errors) throw new Error(`unexpected errors: ${JSON.stringify(a.body.errors)}`);
  return a.body.data;
}

const RESULT = `changeId operation recordedAt
  changes { elementId elementKind operation holder keyId reason before after }
  entity { id name aliases description version evidence { id excerpt stance } }
  relationship { id type version from { id } to { id } evidence { id } }
  evidence { id factId excerpt stance retraction { reason } }`;

const M = {
  register: `mutation($input: RegisterSourceInput!) { registerSource(input: $input) { ${RESULT} source { id textSha256 } } }`,
  create: `mutation($input: CreateEntityInput!) { createEntity(input: $input) { ${RESULT} } }`,
  update: `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { ${RESULT} } }`,
  assert: `mutation($input: AssertFactInput!) { assertFact(input: $input) { ${RESULT} } }`,
  add: `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { ${RESULT} } }`,
  retractEvidence: `mutation($input: RetractEvidenceInput!) { retractEvidence(input: $input) { ${RESULT} } }`,
  retractFact: `mutation($input: RetractFactInput!) { retractFact(input: $input) { ${RESULT} } }`,
  merge: `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { ${RESULT} } }`,
  undo: `mutation($input: UndoMergeInput!) { undoMerge(input: $input) { ${RESULT} } }`,
};

const evidence = (excerpt: string, extra: Record<string, unknown> = {}) => ({
  excerpt,
  attribution: 'reporting',
  attributedTo: 'The Imaginary Border Bulletin',
  confidence: 0.8,
  status: 'asserted',
  ...extra,
});

const ENTITY = `query($id: ID!, $at: DateTime, $all: Boolean) {
  entity(id: $id, recordedAsOf: $at, includeRetracted: $all) {
    id name aliases description version confidence disputed evidenceCount
    evidence(includeRetracted: $all) { id excerpt stance retraction { reason by } }
    relationshipCounts { type direction count }
    holds: relationships(type: "HOLDS_OFFICE") { totalCount edges { node { id evidence { id excerpt } } } }
    leads: relationships(type: "LEADS") { totalCount edges { node { id from { id } evidence { id } } } }
    retractedRelationships { id type retraction { reason } }
  }
}`;
const HISTORY = `query($id: ID!, $at: DateTime) {
  history(id: $id, recordedAsOf: $at) { changeId operation elementId elementKind holder keyId reason before after recordedAt }
}`;

/** Everything this file wrote: by id, and the change records and keys of its holders. */
async function cleanUp(): Promise<void> {
  await run(
    `MATCH (n) WHERE (n:Entity OR n:Retracted OR n:Merged OR n:Source) AND n.id CONTAINS 'curation-test' DETACH DELETE n`,
  );
  await run(`MATCH ()-[r]->() WHERE r.id CONTAINS 'curation-test' DELETE r`);
  await run(
    `MATCH (e:Evidence) WHERE e.factId CONTAINS 'curation-test' OR e.sourceId CONTAINS 'curation-test' DELETE e`,
  );
  await run(`MATCH (c:Change) WHERE c.holder IN $holders DELETE c`, { holders: HOLDERS });
  await run(`MATCH (k:ApiKey) WHERE k.holder IN $holders DELETE k`, { holders: HOLDERS });
}

const seedProps = async (id: string) =>
  (await run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id }))[0]?.p as Record<string, unknown>;
let seedBefore: Record<string, unknown>[];

beforeAll(async () => {
  // Many writes from one key in a minute: the per-key write rate limit is tested elsewhere (test/auth).
  service = await startTestService(15_000, {
    curation: { sourcesDir: TEXTS },
    auth: { writeLimits: { ratePerMinute: 0 } },
  });
  await cleanUp();
  // Start from true access paths (earlier files' raw clean-ups bypass the refresh): afterEach checks them.
  await refreshAllAccessPaths(getDriver(), testDatabase());
  seedBefore = [await seedProps(OFFICE), await seedProps(GOVERNMENT)];
  for (const role of ['editor', 'admin', 'reader'] as const) {
    keys[role] = (await createKey(service.graph, { holder: `curation-test-${role}`, role })).secret;
  }
});

// Every mutation keeps the access paths true (docs/ontology.md, Access paths): merge and undo included.
afterEach(async () => {
  expect(await verifyAccessPaths(getDriver(), testDatabase(), 20)).toEqual([]);
});

afterAll(async () => {
  await cleanUp();
  await refreshAllAccessPaths(getDriver(), testDatabase());
  await service?.stop();
  await closeDriver();
});

describe('curation writes', () => {
  let createdAt: string;
  let sourceSha: string;

  it('refuses writes without a key (401) or with a reader key (403), writing nothing', async () => {
    const input = bulletinSource(SOURCE, 'Bulletin (curation test)');
    const anonymous = await gql(null, M.register, { input });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await gql(keys.reader, M.register, { input });
    expect(reader.status).toBe(403);
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await run('MATCH (s:Source {id: $id}) RETURN s', { id: SOURCE })).toHaveLength(0);
    expect(await run('MATCH (c:Change) WHERE c.holder IN $h RETURN c', { h: HOLDERS })).toHaveLength(0);
    // A merge needs admin: an editor key is refused too.
    const merge = await gql(keys.editor, M.merge, { input: { survivorId: A, mergedId: B, reason: 'x' } });
    expect(merge.status).toBe(403);
  });

  it('registers a source: its text checksum recorded, journalled with before null and after', async () => {
    const data = await ok(keys.editor, M.register, {
      input: bulletinSource(SOURCE, 'Bulletin (curation test)', 'a second source for the tests'),
    });
    sourceSha = createHash('sha256')
      .update(fs.readFileSync(path.join(TEXTS, TEXT_FILE)))
      .digest('hex');
    const r = data.registerSource;
    expect(r.source).toEqual({ id: SOURCE, textSha256: sourceSha });
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({
      elementId: SOURCE,
      elementKind: 'source',
      operation: 'registerSource',
      holder: 'curation-test-editor',
      reason: 'a second source for the tests',
      before: null,
    });
    expect(r.changes[0].after.props.textSha256).toBe(sourceSha);
    // The key's secret is nowhere in the journal.
    const raw = await run('MATCH (c:Change {changeId: $id}) RETURN properties(c) AS p', { id: r.changeId });
    expect(JSON.stringify(raw)).not.toContain(keys.editor);
  });

  it('creates entities and asserts relationships, each journalled with its evidence', async () => {
    const a = (
      await ok(keys.editor, M.create, {
        input: {
          sourceId: SOURCE,
          label: 'Person',
          id: A,
          name: 'Andrés Manuel López Obrador',
          evidence: [evidence('Andrés Manuel López Obrador')],
          reason: 'first record',
        },
      })
    ).createEntity;
    createdAt = a.recordedAt;
    expect(a.entity).toMatchObject({ id: A, version: 1, description: null });
    expect(a.entity.evidence).toHaveLength(1);
    const kinds = a.changes.map((c: any) => `${c.elementKind}:${c.before === null ? 'new' : 'changed'}`).sort();
    expect(kinds).toEqual(['entity:new', 'evidence:new']);
    expect(a.changes.find((c: any) => c.elementKind === 'entity').after.labels).toEqual(['Entity', 'Person']);

    await ok(keys.editor, M.create, {
      input: {
        sourceId: SOURCE,
        label: 'Person',
        id: B,
        name: 'AMLO (second record)',
        aliases: ['Mexican President'],
        evidence: [evidence('Andrés Manuel López Obrador')],
      },
    });
    for (const [who, type, to, excerpt, role] of [
      [A, 'HOLDS_OFFICE', OFFICE, 'Mexican President Andrés Manuel López Obrador', undefined],
      [B, 'HOLDS_OFFICE', OFFICE, 'Mexican President Andrés Manuel López Obrador', undefined],
      [B, 'LEADS', GOVERNMENT, 'Mexican President Andrés Manuel López Obrador met his cabinet', 'president'],
      [B, 'AFFILIATED_WITH', 'country:mx', 'Mexican President', undefined],
    ] as const) {
      const r = (
        await ok(keys.editor, M.assert, {
          input: { sourceId: SOURCE, type, from: who, to, role, evidence: [evidence(excerpt)] },
        })
      ).assertFact;
      expect(r.relationship).toMatchObject({ type, version: 1, from: { id: who }, to: { id: to } });
      expect(r.changes.map((c: any) => c.elementKind).sort()).toEqual(['evidence', 'relationship']);
      expect(r.changes.every((c: any) => c.before === null)).toBe(true);
    }
    const b = (await ok(null, ENTITY, { id: B })).entity;
    expect(b.holds.totalCount).toBe(1);
    expect(b.leads.totalCount).toBe(1);
  });

  it('refuses a bad excerpt with the message `npm run ingest` gives for it, writing nothing', async () => {
    const bad = 'In March, the United States agreed to send billions of surplus vaccine doses to Mexico';
    const answer = await gql(keys.editor, M.add, {
      input: { sourceId: SOURCE, factId: A, evidence: [evidence(bad)] },
    });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = answer.body.errors![0]!.extensions!.problems as { at: string; message: string }[];
    expect(problems.map((p) => p.at)).toEqual(['input.evidence[0].excerpt']);

    // The same excerpt in an ingest file for the same source, through the real command line.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curation-test-'));
    const file = path.join(dir, 'bad.yaml');
    fs.writeFileSync(
      file,
      [
        'source:',
        `  id: ${SOURCE}`,
        "  title: 'Bulletin (curation test)'",
        "  publisher: 'The Imaginary Border Bulletin (synthetic)'",
        '  date: 2021-05-10',
        '  datePrecision: day',
        '  kind: synthetic-test-text',
        '  language: en',
        '  synthetic: true',
        `  text: ${TEXT_FILE}`,
        'statements:',
        `  - node: ${A}`,
        '    evidence:',
        `      - excerpt: ${bad}`,
        '        attribution: reporting',
        '        attributedTo: The Imaginary Border Bulletin',
        '        confidence: 0.8',
        '        status: asserted',
        '',
      ].join('\n'),
    );
    const cli = await ingest([file, '--texts', TEXTS, '--dry-run', '--json']);
    const report = JSON.parse(cli.stdout) as { problems: { at: string; message: string }[] };
    expect(report.problems.map((p) => p.message)).toEqual(problems.map((p) => p.message));
    expect(problems[0]!.message).toContain('but not what follows: "billions of surplus vaccine doses to Mexico"');
    expect((await ok(null, ENTITY, { id: A })).entity.evidenceCount).toBe(1);
  });

  it('updates with the version it was based on; a record-time read gives the earlier state', async () => {
    const before = (await ok(null, ENTITY, { id: A })).entity;
    const r = (
      await ok(keys.editor, M.update, {
        input: {
          id: A,
          expectedVersion: before.version,
          description: 'President of Mexico (curation test)',
          reason: 'describe him',
        },
      })
    ).updateEntity;
    expect(r.entity).toMatchObject({ version: before.version + 1, description: 'President of Mexico (curation test)' });
    const change = r.changes[0];
    expect(change.before.props.description).toBeUndefined();
    expect(change.after.props.description).toBe('President of Mexico (curation test)');
    expect(change.reason).toBe('describe him');

    // A stale version: CONFLICT (409), nothing written.
    const stale = await gql(keys.editor, M.update, { input: { id: A, expectedVersion: before.version, name: 'X' } });
    expect(stale.status).toBe(409);
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: before.version + 1 });
    expect((await ok(null, ENTITY, { id: A })).entity.name).toBe('Andrés Manuel López Obrador');

    // The graph as recorded right after the entity was created.
    const then = (await ok(null, ENTITY, { id: A, at: createdAt })).entity;
    expect(then).toMatchObject({ id: A, description: null, version: 1 });
    expect(then.evidence.map((e: any) => e.excerpt)).toEqual(['Andrés Manuel López Obrador']);
    expect(then.holds.totalCount).toBe(0); // asserted after createdAt
    const now = (await ok(null, ENTITY, { id: A })).entity;
    expect(now.holds.totalCount).toBe(1);
    // Before anything was recorded about it, it was not there.
    const earlier = await gql(null, ENTITY, { id: A, at: '2020-01-01T00:00:00Z' });
    expect(earlier.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // history up to a record time leaves out what came later.
    const all = (await ok(null, HISTORY, { id: A })).history;
    const upTo = (await ok(null, HISTORY, { id: A, at: createdAt })).history;
    expect(all.map((c: any) => c.operation)).toContain('updateEntity');
    expect(upTo.map((c: any) => c.operation)).not.toContain('updateEntity');
  });

  it('derives the time bounds again, by the one rule, whenever an update changes a date', async () => {
    const BOUNDS = `query($id: ID!) { entity(id: $id) { version properties timeDerivation { key description } } }`;
    const update = async (dates: Record<string, unknown>) => {
      const { version } = (await ok(null, BOUNDS, { id: A })).entity;
      await ok(keys.editor, M.update, { input: { id: A, expectedVersion: version, ...dates, reason: 'dates' } });
      const { entity } = await ok(null, BOUNDS, { id: A });
      return [entity.properties.timeStart ?? null, entity.properties.timeEnd ?? null, entity.timeDerivation];
    };
    const derivation = (key: keyof typeof TIME_DERIVATIONS) => ({ key, description: TIME_DERIVATIONS[key] });
    expect(await update({ validFrom: '2018-12-01', validFromPrecision: 'month' })).toEqual([
      '2018-12-01',
      null,
      derivation('open'),
    ]);
    expect(await update({ validTo: '2024-09-01', validToPrecision: 'month' })).toEqual([
      '2018-12-01',
      '2024-09-30',
      derivation('validity'),
    ]);
    // Dates removed: no bounds and no derivation are left behind.
    expect(await update({ validFrom: null, validFromPrecision: null, validTo: null, validToPrecision: null })).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('disputes and retracts evidence: hidden from default reads and summaries, kept with includeRetracted and in history', async () => {
    const added = (
      await ok(keys.editor, M.add, {
        input: {
          sourceId: SOURCE,
          factId: A,
          evidence: [evidence('Contrary to some reports', { stance: 'disputes', confidence: 0.5 })],
          reason: 'the bulletin disputes it (test)',
        },
      })
    ).addEvidence;
    expect(added.entity.evidence.map((e: any) => e.stance).sort()).toEqual(['disputes', 'supports']);
    const entityChange = added.changes.find((c: any) => c.elementKind === 'entity');
    expect(entityChange.before.props.disputed).toBe(false);
    expect(entityChange.after.props.disputed).toBe(true);
    const disputed = (await ok(null, ENTITY, { id: A })).entity;
    expect(disputed).toMatchObject({ disputed: true, evidenceCount: 2, confidence: 0.4 }); // 0.8 × (1 − 0.5)

    const dispute = added.evidence[0].id;
    const retracted = (
      await ok(keys.editor, M.retractEvidence, { input: { evidenceId: dispute, reason: 'misread (test)' } })
    ).retractEvidence;
    expect(retracted.evidence[0].retraction).toEqual({ reason: 'misread (test)' });
    const evChange = retracted.changes.find((c: any) => c.elementKind === 'evidence');
    expect(evChange.before.props.retractedAt).toBeUndefined();
    expect(evChange.after.props.retractionReason).toBe('misread (test)');

    const after = (await ok(null, ENTITY, { id: A })).entity;
    expect(after).toMatchObject({ disputed: false, evidenceCount: 1, confidence: 0.8 });
    expect(after.evidence.map((e: any) => e.id)).not.toContain(dispute);
    const withRetracted = (await ok(null, ENTITY, { id: A, all: true })).entity;
    const kept = withRetracted.evidence.find((e: any) => e.id === dispute);
    expect(kept.retraction).toEqual({ reason: 'misread (test)', by: 'curation-test-editor' });
    const history = (await ok(null, HISTORY, { id: A })).history;
    expect(history.filter((c: any) => c.elementId === dispute).map((c: any) => c.operation)).toEqual([
      'retractEvidence',
      'addEvidence',
    ]);
    // A retraction needs a reason.
    const noReason = await gql(keys.editor, M.retractEvidence, { input: { evidenceId: dispute, reason: ' ' } });
    expect(noReason.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('retracts a relationship: gone from the default views, kept as retracted, its evidence retracted', async () => {
    const id = `affiliated_with|${B}|country:mx`;
    const r = (await ok(keys.editor, M.retractFact, { input: { id, expectedVersion: 1, reason: 'not a fact (test)' } }))
      .retractFact;
    expect(r.changes.find((c: any) => c.elementKind === 'relationship').after.retracted).toBe(true);
    const b = (await ok(null, ENTITY, { id: B })).entity;
    expect(b.relationshipCounts.map((c: any) => c.type)).not.toContain('AFFILIATED_WITH');
    expect(b.retractedRelationships).toEqual([
      { id, type: 'AFFILIATED_WITH', retraction: { reason: 'not a fact (test)' } },
    ]);
    const ev = await run('MATCH (e:Evidence {factId: $id}) RETURN e.retractedAt IS NOT NULL AS retracted', { id });
    expect(ev).toEqual([{ retracted: true }]);
    const neighbours = await ok(null, `{ neighbourhood(id: "${B}") { relationships { id } } }`);
    expect(neighbours.neighbourhood.relationships.map((x: any) => x.id)).not.toContain(id);
    // Its history: its own changes and those of its evidence record, newest first.
    const history = (await ok(null, HISTORY, { id })).history;
    expect(history.map((c: any) => [c.operation, c.elementKind])).toEqual([
      ['retractFact', 'relationship'],
      ['retractFact', 'evidence'],
      ['assertFact', 'evidence'],
      ['assertFact', 'relationship'],
    ]);
  });

  it('merges: relationships, aliases and evidence move to the survivor; the old id resolves; undo restores', async () => {
    const beforeMerge = (await ok(null, ENTITY, { id: B })).entity;
    await new Promise((r) => setTimeout(r, 20));
    const mergedAt = new Date().toISOString(); // after every earlier write, before the merge
    await new Promise((r) => setTimeout(r, 20));
    const merge = (
      await ok(keys.admin, M.merge, { input: { survivorId: A, mergedId: B, reason: 'the same person (test)' } })
    ).mergeEntities;
    expect(merge.changes.every((c: any) => c.holder === 'curation-test-admin')).toBe(true);

    // The old id answers with the survivor.
    const viaOld = (await ok(null, ENTITY, { id: B })).entity;
    expect(viaOld.id).toBe(A);
    expect(viaOld.aliases).toEqual(expect.arrayContaining(['AMLO (second record)', 'Mexican President']));
    // B's LEADS moved (same id), its HOLDS_OFFICE joined A's (its evidence with it), its evidence moved.
    expect(viaOld.leads.edges.map((e: any) => [e.node.id, e.node.from.id])).toEqual([
      [`leads|${B}|${GOVERNMENT}|president`, A],
    ]);
    expect(viaOld.holds.totalCount).toBe(1);
    // B's record of it quoted the same excerpt as A's: kept, retracted as a duplicate.
    expect(viaOld.holds.edges[0].node.evidence).toHaveLength(1);
    const evidenceIds = viaOld.evidence.map((e: any) => e.id);
    expect(evidenceIds.some((id: string) => id.startsWith(`${B}|`))).toBe(false); // B's was a duplicate: retracted
    const withRetracted = (await ok(null, ENTITY, { id: A, all: true })).entity;
    expect(withRetracted.evidence.some((e: any) => e.id.startsWith(`${B}|`) && e.retraction)).toBe(true);
    expect(await run('MATCH (n:Entity {id: $id}) RETURN n', { id: B })).toHaveLength(0);
    expect((await ok(null, HISTORY, { id: B })).history[0].operation).toBe('mergeEntities');

    // What the graph said about B before the merge.
    const then = (await ok(null, ENTITY, { id: B, at: mergedAt })).entity;
    expect(then.id).toBe(B);
    expect(then.leads.totalCount).toBe(beforeMerge.leads.totalCount);
    expect(then.holds.totalCount).toBe(1);

    const undo = (await ok(keys.admin, M.undo, { input: { changeId: merge.changeId, reason: 'not the same (test)' } }))
      .undoMerge;
    expect(undo.changes.length).toBe(merge.changes.length);
    const b = (await ok(null, ENTITY, { id: B })).entity;
    expect(b.id).toBe(B);
    expect(b.aliases).toEqual(beforeMerge.aliases);
    expect(b.leads.edges.map((e: any) => e.node.from.id)).toEqual([B]);
    expect(b.holds.totalCount).toBe(1);
    expect(b.evidence.map((e: any) => e.id)).toEqual(beforeMerge.evidence.map((e: any) => e.id));
    const a = (await ok(null, ENTITY, { id: A })).entity;
    expect(a.aliases).toEqual([]);
    expect(a.holds.edges[0].node.evidence).toHaveLength(1);
    // Undone once only.
    const again = await gql(keys.admin, M.undo, { input: { changeId: merge.changeId, reason: 'again' } });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('parallel writers on one entity: one wins each round, the rest get CONFLICT; retried, no update is lost', async () => {
    const { version } = (await ok(null, ENTITY, { id: A })).entity;
    const writers = 8;
    const answers = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        gql(keys.editor, M.update, { input: { id: A, expectedVersion: version, description: `writer ${i}` } }),
      ),
    );
    const won = answers.filter((a) => !a.body.errors);
    const lost = answers.filter((a) => a.body.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((a) => [a.status, a.body.errors![0]!.extensions!.code])).toEqual(
      Array.from({ length: writers - 1 }, () => [409, 'CONFLICT']),
    );
    const winner = won[0]!.body.data.updateEntity.entity.description;
    const now = (await ok(null, ENTITY, { id: A })).entity;
    expect(now).toMatchObject({ description: winner, version: version + 1 });

    // Read-modify-write loops, each adding its own alias: every alias is there at the end.
    await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        for (let attempt = 0; attempt < 50; attempt++) {
          const current = (await ok(null, `{ entity(id: "${A}") { version aliases } }`)).entity;
          const a = await gql(keys.editor, M.update, {
            input: { id: A, expectedVersion: current.version, aliases: [...current.aliases, `alias ${i}`] },
          });
          if (!a.body.errors) return;
          expect(a.body.errors[0]!.extensions!.code).toBe('CONFLICT');
        }
        throw new Error(`writer ${i} never got through`);
      }),
    );
    const final = (await ok(null, ENTITY, { id: A })).entity;
    expect([...final.aliases].sort()).toEqual(Array.from({ length: 6 }, (_, i) => `alias ${i}`));
    expect(final.version).toBe(version + 1 + 6);
  });

  it('leaves the seed entities it linked to as they were', async () => {
    expect([await seedProps(OFFICE), await seedProps(GOVERNMENT)]).toEqual(seedBefore);
  });
});

function ingest(args: string[]): Promise<CliResult> {
  return runCli('src/cli/ingest.ts', args);
}
