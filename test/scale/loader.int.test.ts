/**
 * The bulk loader CLI (npm run load) against its OWN throwaway Neo4j, never the shared
 * seeded test database: a small synthetic corpus is loaded, the loader is SIGKILLed
 * mid-load, rerun, and must end with exactly the generator's counts (evidence records
 * included); a third, full rerun must create nothing. The evidence summaries it writes must
 * be exactly what cypher/queries/evidence/refresh-summaries.cypher computes, and show the
 * corpus's multi-source structure. The time bounds its TypeScript mirror of the rule writes must be
 * exactly what the Cypher rule (cypher/queries/time/bounds.cypher) derives. Bad input must stop the load with an error naming
 * file:line and leave nothing of its batch behind.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { startThrowawayNeo4j, Throwaway } from '../../bench/scale/throwaway-neo4j';
import { PROJECT_ROOT } from '../../src/config';
import { generateCorpus, Manifest } from '../../src/corpus/generate';
import type { LoadSummary } from '../../src/load/online';
import { verifyAccessPaths } from '../../src/db/access-paths';
import { evidence } from '../../src/db/queries';
import type { FactKey } from '../../src/db/queries/common';
import { executeQuery } from '../../src/db/query';
import { deriveAllTimeBounds } from '../../src/db/time-bounds';
import { TIME_DERIVATIONS } from '../../src/ontology/derivations';

let db: Throwaway;
let driver: Driver;
let work: string;
let corpus: string;
let manifest: Manifest;

function loaderEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEO4J_URI: db.uri,
    NEO4J_USER: db.user,
    NEO4J_PASSWORD: db.password,
    NEO4J_DATABASE: 'neo4j',
  };
}

// `node --import tsx` runs the CLI in this one process, so a SIGKILL hits the loader itself
// (npx and the tsx binary would put a parent process in between).
const loaderArgs = (args: string[]): string[] => [
  '--import',
  'tsx',
  path.join(PROJECT_ROOT, 'src/cli/load.ts'),
  ...args,
];

function runLoader(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, loaderArgs(args), {
    cwd: PROJECT_ROOT,
    env: loaderEnv(),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function summaryOf(stdout: string): LoadSummary {
  const line = stdout.split('\n').find((l) => l.startsWith('LOAD-SUMMARY '));
  if (!line) throw new Error(`no LOAD-SUMMARY line in the loader's output:\n${stdout}`);
  return JSON.parse(line.slice('LOAD-SUMMARY '.length)) as LoadSummary;
}

async function counts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const n = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  for (const r of n.records) nodes[r.get('l') as string] = r.get('c') as number;
  const rel = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  for (const r of rel.records) relationships[r.get('t') as string] = r.get('c') as number;
  return { nodes, relationships };
}

/**
 * Resolves once the server runs no transaction besides the one asking: a killed client's last commit
 * has then been applied or rolled back. Polled, with a generous deadline instead of a fixed sleep.
 */
async function settled(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD transactionId, currentQuery ' +
        "WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS running",
    );
    if (Number(records[0]?.get('running') ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error('the killed loader’s transaction did not settle within 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The manifest's counts as the database should show them: every non-Source node is also :Entity. */
function expectedCounts(m: Manifest): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const nodes: Record<string, number> = { ...m.counts.nodes, Evidence: m.totals.evidence };
  nodes.Entity = Object.entries(m.counts.nodes)
    .filter(([label]) => label !== 'Source')
    .reduce((s, [, c]) => s + c, 0);
  return { nodes: sortKeys(nodes), relationships: sortKeys(m.counts.relationships) };
}

const sortKeys = (o: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

function readCheckpoint(): { files: Record<string, { lines: number; done: boolean }> } | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(corpus, '.load-checkpoint.json'), 'utf8'));
  } catch {
    return undefined; // not written yet, or caught mid-rename
  }
}

/** Every fact's evidence summaries, in id order (the input of a before/after comparison). */
async function summaries(): Promise<string> {
  const r = await driver.executeQuery(`
    CALL { MATCH (n:Entity) RETURN n UNION ALL MATCH ()-[n]->() RETURN n }
    RETURN n.id AS id, [n.sourceCount, n.evidenceCount, n.confidence, n.disputed, n.attributions, n.statuses] AS s
    ORDER BY id`);
  return JSON.stringify(r.records.map((x) => [x.get('id'), x.get('s')]));
}

/** Every element's derived time bounds, in id order: [id, timeStart, timeEnd, timeDerivation]. */
async function timeBoundsOfAll(): Promise<[string, string | null, string | null, string | null][]> {
  const r = await driver.executeQuery(`
    CALL { MATCH (n) WHERE NOT n:Evidence RETURN n UNION ALL MATCH ()-[n]->() RETURN n }
    WITH n WHERE n.timeStart IS NOT NULL OR n.timeEnd IS NOT NULL OR n.timeDerivation IS NOT NULL
    RETURN [n.id, toString(n.timeStart), toString(n.timeEnd), n.timeDerivation] AS row
    ORDER BY n.id`);
  return r.records.map((x) => x.get('row') as [string, string | null, string | null, string | null]);
}

const removeTimeBounds = (): Promise<unknown> =>
  driver.executeQuery(`
    CALL { MATCH (n) WHERE NOT n:Evidence RETURN n UNION ALL MATCH ()-[n]->() RETURN n }
    REMOVE n.timeStart, n.timeEnd, n.timeDerivation`);

/** The bounds the loader's TypeScript mirror of the rule wrote when it created every element. */
let mirrored: Awaited<ReturnType<typeof timeBoundsOfAll>> = [];

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-loader-test-'));
  corpus = path.join(work, 'corpus');
  // ~2.2k nodes and ~9.5k relationships.
  manifest = await generateCorpus({ seed: 7, countries: 12, actors: 300, events: 1500 }, corpus);
  db = await startThrowawayNeo4j({ heap: '512m', pageCache: '128m' });
  driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
}, 300_000);

afterAll(async () => {
  await driver?.close();
  await db?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('npm run load', () => {
  it('survives a SIGKILL mid-load: the rerun resumes and ends with exactly the generated counts', async () => {
    expect(manifest.totals.nodes).toBeGreaterThan(2000);
    expect(manifest.totals.relationships).toBeGreaterThan(9000);

    // Small batches, so the load takes many transactions and the kill lands mid-way.
    const child: ChildProcess = spawn(process.execPath, loaderArgs([corpus, '--batch-size', '200']), {
      cwd: PROJECT_ROOT,
      env: loaderEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Kill once the checkpoint shows a relationship file part-way through: nodes are all in,
    // relationships partly.
    const deadline = Date.now() + 240_000;
    let sawProgress = false;
    while (Date.now() < deadline && child.exitCode === null) {
      const cp = readCheckpoint();
      if (Object.entries(cp?.files ?? {}).some(([f, e]) => f.startsWith('rels') && e.lines > 0 && !e.done)) {
        sawProgress = true;
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const exit = await exited;
    expect({ signal: exit.signal, output: exit.signal ? '' : output }).toEqual({ signal: 'SIGKILL', output: '' });
    expect(sawProgress).toBe(true);

    // A commit the server was already processing when the client died settles first: wait until the
    // server runs no transaction but the one asking.
    await settled();
    // What the killed loader left: a partial graph, and a checkpoint of what had committed.
    const partial = await counts();
    const expected = expectedCounts(manifest);
    const partialRels = Object.values(partial.relationships).reduce((a, b) => a + b, 0);
    const partialNodes = Object.entries(partial.nodes)
      .filter(([label]) => label !== 'Entity' && label !== 'Evidence')
      .reduce((s, [, c]) => s + c, 0);
    const partialEvidence = partial.nodes.Evidence ?? 0;
    expect(partialRels).toBeGreaterThan(0);
    expect(partialRels).toBeLessThan(manifest.totals.relationships);
    const committedLines = Object.values(readCheckpoint()!.files).reduce((s, e) => s + e.lines, 0);

    const rerun = runLoader([corpus, '--batch-size', '200']);
    expect({ status: rerun.status, errors: rerun.stderr.split('\n').filter((l) => l.startsWith('load:')) }).toEqual({
      status: 0,
      errors: [],
    });
    const resumed = summaryOf(rerun.stdout);
    // The rerun skipped exactly what the checkpoint recorded, and created exactly what was missing.
    expect(resumed.resumedLines).toBe(committedLines);
    expect(partialNodes + resumed.nodesCreated).toBe(manifest.totals.nodes);
    expect(partialRels + resumed.relationshipsCreated).toBe(manifest.totals.relationships);
    expect(partialEvidence + resumed.evidenceCreated).toBe(manifest.totals.evidence);
    expect(await counts()).toEqual(expected);
    // Everything so far was created, its time bounds from the rule's TypeScript mirror (src/load/time-bounds.ts).
    mirrored = await timeBoundsOfAll();
    await removeTimeBounds();

    // A full reload from scratch (ignoring the checkpoint) finds everything there already: it merges
    // every element and derives its time bounds again with the Cypher rule (time/bounds.cypher).
    const third = runLoader([corpus, '--restart', '--batch-size', '2000']);
    expect(third.status).toBe(0);
    const s = summaryOf(third.stdout);
    expect(s).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, evidenceCreated: 0 });
    expect([s.nodes, s.relationships, s.evidence]).toEqual([
      manifest.totals.nodes,
      manifest.totals.relationships,
      manifest.totals.evidence,
    ]);
    expect(await counts()).toEqual(expected);
  }, 1_200_000);

  it('keeps the access paths true batch by batch, through the kill and the resume (docs/ontology.md)', async () => {
    expect(await verifyAccessPaths(driver, 'neo4j', 20)).toEqual([]);
    const held = await driver.executeQuery(
      'MATCH (e:Event) WHERE size(e.participantSides) > 0 RETURN count(e) AS events',
      {},
      { database: 'neo4j' },
    );
    expect(Number(held.records[0]!.get('events'))).toBeGreaterThan(0);
  });

  it('derives the same time bounds with the Cypher rule as with its TypeScript mirror, element by element', async () => {
    // Every derivation key is exercised, on every dated element (~2.6k of this corpus).
    expect(mirrored.length).toBeGreaterThan(2000);
    expect(new Set(mirrored.map((r) => r[3]))).toEqual(new Set(Object.keys(TIME_DERIVATIONS)));
    // The merging reload (the rule in the loader's transactions) restored exactly what the mirror wrote…
    expect(await timeBoundsOfAll()).toEqual(mirrored);
    // …and so does the whole-graph pass the seed runs (src/db/time-bounds.ts).
    await removeTimeBounds();
    expect(await timeBoundsOfAll()).toEqual([]);
    expect(await deriveAllTimeBounds(driver, 'neo4j', { batchSize: 1_000 })).toBe(mirrored.length);
    expect(await timeBoundsOfAll()).toEqual(mirrored);
  }, 120_000);

  it('writes the summaries refresh-summaries.cypher computes, showing the corpus’s sources and disputes', async () => {
    const loaded = await summaries();
    // Every fact has summaries; PUBLISHED_BY (document metadata) has none.
    const shape = await driver.executeQuery(`
      CALL { MATCH (n:Entity) RETURN n UNION ALL MATCH ()-[n]->() WHERE NOT n:PUBLISHED_BY RETURN n }
      RETURN count(n) AS facts, count(n.sourceCount) AS summarised, sum(n.evidenceCount) AS evidence,
             sum(CASE WHEN n.disputed THEN 1 ELSE 0 END) AS disputed,
             sum(CASE WHEN n.evidenceCount > n.sourceCount THEN 1 ELSE 0 END) AS twice,
             COLLECT { MATCH ()-[p:PUBLISHED_BY]->() WHERE p.sourceCount IS NOT NULL RETURN p } AS metadata`);
    expect(shape.records[0]!.toObject()).toEqual({
      facts: manifest.evidence.facts,
      summarised: manifest.evidence.facts,
      evidence: manifest.totals.evidence,
      disputed: manifest.evidence.disputedFacts,
      twice: manifest.evidence.factsQuotedTwiceByOneSource,
      metadata: [],
    });
    const bySourceCount = await driver.executeQuery(`
      CALL { MATCH (n:Entity) RETURN n UNION ALL MATCH ()-[n]->() WHERE NOT n:PUBLISHED_BY RETURN n }
      RETURN toString(n.sourceCount) AS k, count(*) AS c ORDER BY k`);
    expect(Object.fromEntries(bySourceCount.records.map((r) => [r.get('k'), r.get('c')]))).toEqual(
      manifest.evidence.factsBySourceCount,
    );
    // Recompute every fact with the Cypher rule: nothing may change.
    const facts = await driver.executeQuery(`
      CALL { MATCH (n:Entity) RETURN n.id AS id, null AS from, null AS to
             UNION ALL MATCH (a)-[r]->(b) WHERE NOT r:PUBLISHED_BY RETURN r.id AS id, a.id AS from, b.id AS to }
      RETURN id, from, to`);
    const all = facts.records.map((r) => r.toObject());
    for (let i = 0; i < all.length; i += 5000) {
      const r = await executeQuery(driver, { database: 'neo4j' }, evidence.refreshSummaries, {
        facts: all.slice(i, i + 5000) as FactKey[],
      });
      expect(r.length).toBe(Math.min(5000, all.length - i));
    }
    expect(await summaries()).toBe(loaded);
  }, 300_000);

  it('keeps synthetic sources out of the citation checker', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/check-citations.ts'), work],
      { cwd: PROJECT_ROOT, env: loaderEnv(), encoding: 'utf8', timeout: 120_000 },
    );
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  }, 120_000);

  it('stops at a malformed line, naming file:line, and writes nothing of that batch', async () => {
    const dir = path.join(work, 'bad-json');
    fs.mkdirSync(path.join(dir, 'nodes'), { recursive: true });
    const person = (i: number): string =>
      JSON.stringify({ label: 'Person', properties: { id: `test:bad-person-${i}`, name: `Test Person ${i}` } });
    fs.writeFileSync(
      path.join(dir, 'nodes', 'Person.jsonl'),
      [person(1), person(2), person(3), '{"label": "Person", "properties": {"id": "test:bad-person-4"', person(5)].join(
        '\n',
      ) + '\n',
    );
    const r = runLoader([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join('nodes', 'Person.jsonl')}:4: not valid JSON`);
    const found = await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'test:bad-' RETURN count(n) AS c");
    expect(found.records[0]!.get('c')).toBe(0);
  }, 120_000);

  it('refuses a relationship whose endpoint is missing, naming file:line, and rolls its batch back', async () => {
    const dir = path.join(work, 'bad-endpoint');
    fs.mkdirSync(path.join(dir, 'rels'), { recursive: true });
    const rel = (from: string, to: string, i: number): string =>
      JSON.stringify({ type: 'CONCERNS', from, to, properties: { id: `test:bad-rel-${i}` } });
    const event = 'event:syn-0000000';
    fs.writeFileSync(
      path.join(dir, 'rels', 'CONCERNS.jsonl'),
      [rel(event, 'issue:syn-00', 1), rel(event, 'issue:syn-01', 2), rel(event, 'issue:does-not-exist', 3)].join('\n') +
        '\n',
    );
    const r = runLoader([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join('rels', 'CONCERNS.jsonl')}:3: relationship "test:bad-rel-3"`);
    expect(r.stderr).toContain('end node "issue:does-not-exist"');
    const found = await driver.executeQuery("MATCH ()-[r]->() WHERE r.id STARTS WITH 'test:bad-' RETURN count(r) AS c");
    expect(found.records[0]!.get('c')).toBe(0);
  }, 120_000);

  it('names the unknown label and its line', () => {
    const dir = path.join(work, 'bad-label');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'mixed.jsonl'),
      JSON.stringify({ label: 'Persn', properties: { id: 'test:bad-label-1' } }) + '\n',
    );
    const r = runLoader([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('mixed.jsonl:1: unknown node label "Persn"');
  }, 120_000);
  it('refuses provenance on a fact and a malformed evidence record, naming file:line and the field', () => {
    const dir = path.join(work, 'bad-evidence-fields');
    fs.mkdirSync(path.join(dir, 'nodes'), { recursive: true });
    const person = { label: 'Person', properties: { id: 'test:bad-ev-person', name: 'Test Person' } };
    const evidence = {
      factId: 'test:bad-ev-person',
      factKind: 'node',
      factType: 'Person',
      sourceId: 'source:syn-000000',
      excerpt: '[synthetic] test',
      attribution: 'reporting',
      attributedTo: 'org:syn-wire',
      confidence: 1,
      status: 'asserted',
      stance: 'supports',
    };
    const file = path.join(dir, 'nodes', 'Person.jsonl');
    const write = (...lines: unknown[]): void =>
      fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

    write(person, { label: 'Person', properties: { id: 'test:bad-ev-2', name: 'X', excerpt: 'said so' } });
    let r = runLoader([dir, '--restart']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${path.join('nodes', 'Person.jsonl')}:2: property "excerpt" is provenance, which facts do not carry`,
    );

    write(person, { evidence: { ...evidence, stance: 'maybe' } });
    r = runLoader([dir, '--restart']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`${path.join('nodes', 'Person.jsonl')}:2: evidence\\.stance: .*"supports"`));

    write(person, { evidence: { ...evidence, textStart: 10 } });
    r = runLoader([dir, '--restart']);
    expect(r.stderr).toContain(':2: evidence.textStart: give textStart and textEnd together, or neither');

    write(person, { evidence: { ...evidence, factType: 'Event' } });
    r = runLoader([dir, '--restart']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      ':2: evidence for "test:bad-ev-person" describes it as a node Event, but the fact record above is a node Person',
    );
  }, 300_000);

  it('refuses evidence citing an unknown source or about a missing fact, naming file:line, and rolls its batch back', async () => {
    const dir = path.join(work, 'bad-evidence-refs');
    fs.mkdirSync(dir, { recursive: true });
    const evidence = (factId: string, sourceId: string): string =>
      JSON.stringify({
        evidence: {
          factId,
          factKind: 'node',
          factType: 'Event',
          sourceId,
          excerpt: `[synthetic] test ${factId}`,
          attribution: 'reporting',
          attributedTo: 'org:syn-wire',
          confidence: 0.9,
          status: 'asserted',
          stance: 'supports',
        },
      });
    fs.writeFileSync(
      path.join(dir, 'evidence.jsonl'),
      [evidence('event:syn-0000001', 'source:syn-000001'), evidence('event:syn-0000002', 'source:nope')].join('\n') +
        '\n',
    );
    let r = runLoader([dir, '--restart']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('evidence.jsonl:2: evidence cites source "source:nope", which is not a :Source');

    fs.writeFileSync(
      path.join(dir, 'evidence.jsonl'),
      [evidence('event:syn-0000001', 'source:syn-000001'), evidence('test:no-such-event', 'source:syn-000001')].join(
        '\n',
      ) + '\n',
    );
    r = runLoader([dir, '--restart']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'evidence.jsonl:2: evidence is about node "test:no-such-event", which is not in the database',
    );
    // Nothing of either batch: not even the good first line.
    const found = await driver.executeQuery(
      "MATCH (e:Evidence) WHERE e.excerpt STARTS WITH '[synthetic] test ' RETURN count(e) AS c",
    );
    expect(found.records[0]!.get('c')).toBe(0);
  }, 300_000);

  it('adds a second source’s evidence to facts already loaded and refreshes their summaries, idempotently', async () => {
    const fact = await driver.executeQuery(`
      MATCH (a)-[r:PARTICIPATED_IN]->(b) WHERE r.sourceCount = 1 AND NOT r.disputed
      RETURN r.id AS id, a.id AS from, b.id AS to, r.confidence AS confidence,
             COLLECT { MATCH (e:Evidence {factId: r.id}) RETURN e.sourceId }[0] AS source
      ORDER BY id LIMIT 1`);
    const f = fact.records[0]!.toObject() as {
      id: string;
      from: string;
      to: string;
      confidence: number;
      source: string;
    };
    const other = f.source === 'source:syn-000000' ? 'source:syn-000001' : 'source:syn-000000';
    const dir = path.join(work, 'second-source');
    fs.mkdirSync(dir, { recursive: true });
    const record = (stance: string, confidence: number, excerpt: string): string =>
      JSON.stringify({
        evidence: {
          factId: f.id,
          factKind: 'relationship',
          factType: 'PARTICIPATED_IN',
          factFrom: f.from,
          factTo: f.to,
          sourceId: other,
          excerpt,
          attribution: 'unnamed-officials',
          attributedTo: 'officials',
          confidence,
          status: stance === 'supports' ? 'reported' : 'denied',
          stance,
        },
      });
    fs.writeFileSync(
      path.join(dir, 'evidence.jsonl'),
      [record('supports', 0.5, '[synthetic] second source'), record('disputes', 0.5, '[synthetic] but denied')].join(
        '\n',
      ) + '\n',
    );
    const first = runLoader([dir]);
    expect(first.status).toBe(0);
    expect(summaryOf(first.stdout)).toMatchObject({ evidence: 2, evidenceCreated: 2 });
    const after = async () =>
      (
        await driver.executeQuery(
          'MATCH ()-[r]->() WHERE r.id = $id RETURN r.sourceCount AS sources, r.evidenceCount AS records, r.disputed AS disputed, r.confidence AS confidence, r.statuses AS statuses',
          { id: f.id },
        )
      ).records[0]!.toObject();
    // Support from two sources (noisy-OR), then halved by the dispute: round(1 - (1 - c)(1 - 0.5)) × 0.5.
    const expected = {
      sources: 2,
      records: 3,
      disputed: true,
      confidence: Math.round((1 - (1 - f.confidence) * 0.5) * 0.5 * 1e4) / 1e4,
    };
    expect(await after()).toMatchObject(expected);
    expect((await after()).statuses).toEqual(expect.arrayContaining(['denied', 'reported']));
    const again = runLoader([dir, '--restart']);
    expect(summaryOf(again.stdout)).toMatchObject({ evidence: 2, evidenceCreated: 0 });
    expect(await after()).toMatchObject(expected);
  }, 300_000);
});
