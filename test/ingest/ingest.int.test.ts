/**
 * `npm run ingest` against the seeded test database, through the real command line: the
 * synthetic fixture (test/fixtures/ingest/synthetic-border-bulletin.yaml, a text written for
 * these tests) is dry-run, written, and written again; the database must then show seed facts
 * with two sources side by side — one of them disputed — with summaries that follow the
 * documented rule, and the seed's own evidence byte for byte as it was. A file with mistakes
 * must fail at its file:lines and write nothing.
 *
 * Isolation: the test database is shared and seeded. Everything the fixture adds (its Source,
 * evidence and entities) is removed at the end and the touched facts' summaries recomputed;
 * the last test checks that the seed facts are then exactly as before.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { closeDriver, graphCounts, refreshSummaries, rows, testEnv } from '../support/db';
import { startTestService } from '../support/service';
import { CliResult, runCli } from '../support/cli';

const FIXTURE = 'test/fixtures/ingest/synthetic-border-bulletin.yaml';
const BAD = 'test/fixtures/ingest/bad-source.yaml';
const TEXTS = 'test/fixtures/sources';
const TEXT_FILE = path.join(PROJECT_ROOT, TEXTS, 'synthetic-border-bulletin-2021-05-10.txt');
const SOURCE = 'source:synthetic-2021-05-10-border-bulletin';
const SEED_SOURCE = 'source:wapo-2021-05-03-mexico-leverage';
const NEW_ENTITIES = [
  'org:synthetic-border-bulletin',
  'org:synthetic-southern-crossings-observatory',
  'stat:synthetic-2021-04-southern-border-crossings',
];
/** Seed facts the fixture adds evidence to (three corroborated, one disputed, one given another figure). */
const SEED_FACTS = [
  {
    id: 'holds_office|person:lopez-obrador|office:mx-president',
    from: 'person:lopez-obrador',
    to: 'office:mx-president',
  },
  { id: 'event:2021-03-us-agrees-vaccine-doses', from: null, to: null },
  { id: 'part_of|org:inm|country:mx', from: 'org:inm', to: 'country:mx' },
  { id: 'event:mexico-southern-border-troop-drawdown', from: null, to: null },
  { id: 'stat:2021-03-mexico-deportations', from: null, to: null },
];
const DISPUTED = 'event:mexico-southern-border-troop-drawdown';
const SUMMARY_KEYS = ['sourceCount', 'evidenceCount', 'confidence', 'disputed', 'attributions', 'statuses'];

const run = rows;

function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return runCli('src/cli/ingest.ts', args, testEnv(env));
}

/** A fact (node or relationship) with all its properties, for before/after comparisons. */
async function factProperties(f: { id: string; from: string | null }): Promise<Record<string, unknown>> {
  const rows = f.from
    ? await run('MATCH ()-[r]->() WHERE r.id = $id RETURN properties(r) AS p', { id: f.id })
    : await run('MATCH (n:Entity {id: $id}) RETURN properties(n) AS p', { id: f.id });
  expect(rows).toHaveLength(1);
  return rows[0]!.p as Record<string, unknown>;
}

/** Every property of every evidence record of a fact, as text that changes if any byte does. */
async function evidenceOf(factId: string): Promise<Record<string, unknown>[]> {
  const rows = await run('MATCH (e:Evidence {factId: $id}) RETURN properties(e) AS p ORDER BY e.id', { id: factId });
  return rows.map((r) => r.p as Record<string, unknown>);
}
const exact = (props: Record<string, unknown>): string =>
  JSON.stringify(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));

const without = (props: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !keys.includes(k)));

/** docs/evidence.md: per source the strongest supporting and disputing record; noisy-OR; support × (1 − against). */
function aggregate(records: Record<string, unknown>[]): number {
  const best = new Map<string, number>();
  for (const e of records) {
    const key = `${String(e.sourceId)}|${String(e.stance)}`;
    best.set(key, Math.max(best.get(key) ?? 0, Number(e.confidence)));
  }
  let unsupported = 1;
  let undisputed = 1;
  for (const [key, c] of best) {
    if (key.endsWith('|supports')) unsupported *= 1 - c;
    else undisputed *= 1 - c;
  }
  return Math.round((1 - unsupported) * undisputed * 10000) / 10000;
}

const before = new Map<string, { fact: Record<string, unknown>; evidence: Record<string, unknown>[] }>();
let countsBefore: Awaited<ReturnType<typeof graphCounts>>;

beforeAll(async () => {
  const leftovers = await run('MATCH (s:Source {id: $id}) RETURN count(s) AS n', { id: SOURCE });
  expect(leftovers[0]!.n).toBe(0); // a clean start: the fixture is not in the database yet
  for (const f of SEED_FACTS) before.set(f.id, { fact: await factProperties(f), evidence: await evidenceOf(f.id) });
  countsBefore = await graphCounts();
});

afterAll(async () => {
  // Remove what the fixture added and recompute the seed facts' summaries from their own evidence.
  await run('MATCH (e:Evidence {sourceId: $id}) DELETE e', { id: SOURCE });
  await run('UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n', { ids: NEW_ENTITIES });
  await run('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: SOURCE });
  await refreshSummaries(SEED_FACTS);
  await closeDriver();
});

describe('npm run ingest (the synthetic fixture)', () => {
  it('--dry-run prints the new entities, new facts, evidence on existing facts and disputes, and changes nothing', async () => {
    const text = await cli([FIXTURE, '--texts', TEXTS, '--dry-run']);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Dry run: this is what would change; nothing is written.');
    expect(text.stdout).toContain('New entities (3):');
    for (const id of NEW_ENTITIES) expect(text.stdout).toContain(`+ ${id}`);
    expect(text.stdout).toContain('New facts between entities (3):');
    expect(text.stdout).toContain('+ LOCATED_IN org:synthetic-southern-crossings-observatory -> country:mx');
    expect(text.stdout).toContain('New evidence (11): 6 on new facts, 5 on existing facts');
    expect(text.stdout).toContain('Disputes (2):');
    expect(text.stdout).toContain(`! ${DISPUTED}`);
    expect(text.stdout).toContain('! stat:2021-03-mexico-deportations  gives 8120');

    const json = await cli([FIXTURE, '--texts', TEXTS, '--dry-run', '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ ok: true, dryRun: true, problems: [], written: null });
    expect(report.changes.evidenceOnExistingFacts.map((e: { factId: string }) => e.factId).sort()).toEqual(
      SEED_FACTS.map((f) => f.id).sort(),
    );
    expect(await graphCounts()).toEqual(countsBefore);
  });

  it('writes everything in one transaction and reports the counts', async () => {
    const r = await cli([FIXTURE, '--texts', TEXTS, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.written).toMatchObject({
      wrote: true,
      sourceCreated: true,
      publisherLinked: true,
      entitiesCreated: 3,
      relationshipsCreated: 3,
      evidenceCreated: 11,
      evidenceUpdated: 0,
      summariesRefreshed: 11,
      // 3 entities + the Source + 11 evidence records; 3 facts + PUBLISHED_BY.
      database: { nodesCreated: 15, relationshipsCreated: 4 },
    });
    const after = await graphCounts();
    expect(after.nodes.Evidence).toBe(countsBefore.nodes.Evidence! + 11);
    expect(after.nodes.Entity).toBe(countsBefore.nodes.Entity! + 3);
    expect(after.nodes.Source).toBe(countsBefore.nodes.Source! + 1);
    expect(after.relationships.PUBLISHED_BY).toBe(countsBefore.relationships.PUBLISHED_BY! + 1);
  });

  it('a second run changes nothing and says so', async () => {
    const evidenceBefore = await run('MATCH (e:Evidence {sourceId: $id}) RETURN properties(e) AS p ORDER BY e.id', {
      id: SOURCE,
    });
    const countsAfterFirst = await graphCounts();
    const r = await cli([FIXTURE, '--texts', TEXTS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Already recorded, unchanged: 11 evidence records.');
    expect(r.stdout).toContain('Nothing to change');
    expect(r.stdout).not.toContain('Wrote');
    expect(await graphCounts()).toEqual(countsAfterFirst);
    const evidenceAfter = await run('MATCH (e:Evidence {sourceId: $id}) RETURN properties(e) AS p ORDER BY e.id', {
      id: SOURCE,
    });
    expect(evidenceAfter.map((e) => exact(e.p as Record<string, unknown>))).toEqual(
      evidenceBefore.map((e) => exact(e.p as Record<string, unknown>)),
    );
  });

  it('the disputed fact has two sources side by side, one disputing; the seed record is byte for byte unchanged', async () => {
    const fact = await factProperties({ id: DISPUTED, from: null });
    const evidence = await evidenceOf(DISPUTED);
    expect(evidence.map((e) => [e.sourceId, e.stance])).toEqual(
      expect.arrayContaining([
        [SEED_SOURCE, 'supports'],
        [SOURCE, 'disputes'],
      ]),
    );
    expect(evidence).toHaveLength(2);
    expect(fact).toMatchObject({ sourceCount: 2, evidenceCount: 2, disputed: true });
    expect(fact.confidence).toBe(aggregate(evidence));
    expect(fact.confidence as number).toBeLessThan(before.get(DISPUTED)!.fact.confidence as number);
    const seedRecord = evidence.find((e) => e.sourceId === SEED_SOURCE)!;
    expect(exact(seedRecord)).toBe(exact(before.get(DISPUTED)!.evidence[0]!));
  });

  it('the GraphQL API shows the fact with both sources side by side, the dispute marked, and the new source listed', async () => {
    const api = await startTestService();
    try {
      const data = await api.data(
        `query($id: ID!, $source: ID!) {
          entity(id: $id) { sourceCount disputed confidence evidence { stance excerpt source { id title } } }
          source(id: $source) { synthetic evidenceCount disputeCount evidence(stance: disputes) { totalCount } }
        }`,
        { id: DISPUTED, source: SOURCE },
      );
      const stored = await evidenceOf(DISPUTED);
      expect(data.entity).toMatchObject({ sourceCount: 2, disputed: true, confidence: aggregate(stored) });
      expect(data.entity.evidence.map((e: any) => [e.source.id, e.stance]).sort()).toEqual(
        [
          [SEED_SOURCE, 'supports'],
          [SOURCE, 'disputes'],
        ].sort(),
      );
      const seed = data.entity.evidence.find((e: any) => e.source.id === SEED_SOURCE);
      expect(seed.excerpt).toBe(before.get(DISPUTED)!.evidence[0]!.excerpt);
      expect(data.source.synthetic).toBe(true);
      expect(data.source.disputeCount).toBe(data.source.evidence.totalCount);
      expect(data.source.disputeCount).toBeGreaterThanOrEqual(2);
    } finally {
      await api.stop();
    }
  });

  it('every seed fact it touched keeps its own properties and its seed evidence; only its summaries follow the new evidence', async () => {
    for (const f of SEED_FACTS) {
      const now = await factProperties(f);
      const then = before.get(f.id)!;
      expect(without(now, SUMMARY_KEYS)).toEqual(without(then.fact, SUMMARY_KEYS));
      const evidence = await evidenceOf(f.id);
      expect(evidence).toHaveLength(then.evidence.length + 1);
      expect(evidence.filter((e) => e.sourceId === SEED_SOURCE).map(exact)).toEqual(then.evidence.map(exact));
      expect(now.sourceCount).toBe(2);
      expect(now.confidence).toBe(aggregate(evidence));
    }
    const corroborated = await factProperties(SEED_FACTS[1]!);
    expect(corroborated.disputed).toBe(false);
    expect(corroborated.confidence as number).toBeGreaterThan(before.get(SEED_FACTS[1]!.id)!.fact.confidence as number);
  });

  it('records the other figure on the evidence, not on the statistic', async () => {
    const stat = await factProperties({ id: 'stat:2021-03-mexico-deportations', from: null });
    expect(stat).toMatchObject({ value: 7946, disputed: true, sourceCount: 2 });
    const [ours] = (await evidenceOf('stat:2021-03-mexico-deportations')).filter((e) => e.sourceId === SOURCE);
    expect(ours).toMatchObject({
      stance: 'disputes',
      statedValue: 8120,
      attribution: 'official-data',
      status: 'reported',
    });
    const text = Array.from(fs.readFileSync(TEXT_FILE, 'utf8').normalize('NFC'));
    expect(text.slice(Number(ours!.textStart), Number(ours!.textEnd)).join('').replace(/\s+/g, ' ')).toBe(
      ours!.excerpt,
    );
  });

  it('creates the new entities and facts with their properties, derived time bounds and the Source with its text checksum', async () => {
    const [stat] = await run(
      `MATCH (n:Entity:Statistic {id: 'stat:synthetic-2021-04-southern-border-crossings'})
       RETURN n.value AS value, toString(n.timeStart) AS start, toString(n.timeEnd) AS end, n.sourceCount AS sources`,
    );
    expect(stat).toEqual({ value: 3400, start: '2021-04-01', end: '2021-04-30', sources: 1 });
    const links = await run(
      `MATCH (o:Entity {id: 'org:synthetic-southern-crossings-observatory'})-[r:LOCATED_IN]->(c:Entity {id: 'country:mx'})
       RETURN r.id AS id, r.sourceCount AS sources, r.confidence AS confidence`,
    );
    expect(links).toEqual([
      { id: 'located_in|org:synthetic-southern-crossings-observatory|country:mx', sources: 1, confidence: 0.8 },
    ]);
    const [source] = await run(
      `MATCH (s:Source {id: $id})-[:PUBLISHED_BY]->(p) RETURN s.textSha256 AS sha, s.synthetic AS synthetic, p.id AS publisher`,
      { id: SOURCE },
    );
    expect(source).toEqual({
      sha: createHash('sha256').update(fs.readFileSync(TEXT_FILE)).digest('hex'),
      synthetic: true,
      publisher: 'org:synthetic-border-bulletin',
    });
  });

  it('refuses a changed text for a source already recorded, and writes nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-ingest-'));
    try {
      fs.writeFileSync(
        path.join(dir, path.basename(TEXT_FILE)),
        `${fs.readFileSync(TEXT_FILE, 'utf8')}\nAn added line.\n`,
      );
      const counts = await graphCounts();
      const r = await cli([FIXTURE, '--texts', dir]);
      expect(r.code).toBe(1);
      const sourceLine =
        fs
          .readFileSync(FIXTURE, 'utf8')
          .split('\n')
          .findIndex((l) => l.startsWith('  text:')) + 1;
      expect(r.stderr).toContain(
        `${FIXTURE}:${sourceLine}: source.text: synthetic-border-bulletin-2021-05-10.txt is not the text`,
      );
      expect(await graphCounts()).toEqual(counts);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run ingest (mistakes)', () => {
  it('a file with a misspelt id, an excerpt not in the text and a bad date fails at each file:line and writes nothing', async () => {
    const counts = await graphCounts();
    const r = await cli([BAD, '--texts', TEXTS]);
    expect(r.code).toBe(1);
    const lines = fs.readFileSync(BAD, 'utf8').split('\n');
    const at = (needle: string) => `${BAD}:${lines.findIndex((l) => l.includes(needle)) + 1}:`;
    expect(r.stderr).toContain(`${at('date: 2021-04-31')} entities[0].date: 2021-04-31 is not a calendar date`);
    expect(r.stderr).toContain(
      `${at('from: person:lopez-obrado')} statements[0].from: from "person:lopez-obrado" is not in the database`,
    );
    expect(r.stderr).toContain('did you mean "person:lopez-obrador"?');
    expect(r.stderr).toContain(`${at('send billions')} statements[1].evidence[0].excerpt: the excerpt is not in`);
    expect(r.stderr).toContain('3 problems in');
    expect(r.stderr).toContain('nothing was written');
    expect(await graphCounts()).toEqual(counts);
    expect(await run("MATCH (s:Source {id: 'source:synthetic-2021-05-10-bad-bulletin'}) RETURN s")).toEqual([]);
  });

  it('usage errors exit 2: no file, no texts folder; --help exits 0 and documents the exit codes', async () => {
    expect((await cli([])).code).toBe(2);
    const noTexts = await cli([FIXTURE], { SOURCES_DIR: '' });
    expect(noTexts.code).toBe(2);
    expect(noTexts.stderr).toContain('--texts <dir>, or set SOURCES_DIR');
    const viaEnv = await cli([FIXTURE, '--dry-run'], { SOURCES_DIR: path.join(PROJECT_ROOT, TEXTS) });
    expect(viaEnv.code).toBe(0);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 written');
  });
});

describe('clean-up', () => {
  it('removing the fixture restores every seed fact it touched exactly', async () => {
    await run('MATCH (e:Evidence {sourceId: $id}) DELETE e', { id: SOURCE });
    await run('UNWIND $ids AS id MATCH (n:Entity {id: id}) DETACH DELETE n', { ids: NEW_ENTITIES });
    await run('MATCH (s:Source {id: $id}) DETACH DELETE s', { id: SOURCE });
    await refreshSummaries(SEED_FACTS);
    for (const f of SEED_FACTS) expect(exact(await factProperties(f))).toBe(exact(before.get(f.id)!.fact));
    expect(await graphCounts()).toEqual(countsBefore);
  });
});
