/**
 * The citation checker CLI against the test database, on a fixture of its own: a synthetic
 * source text (test/fixtures/citations/, not a real article) and a tiny graph citing it,
 * loaded with the bulk loader under `test:` ids. The real article's excerpts are checked in
 * CI (.ci/run), since its text is not part of the repository.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../../src/load/online';
import { closeDriver, getDriver, testDatabase, testEnv } from '../support/db';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/citations');
const TEXT_FILE = 'synthetic-source.txt';
const SOURCE = 'test:source-citations';
/** Evidence records of SOURCE in the fixture graph. */
const FIXTURE_RECORDS = 7;
/** The seed's article, whose text is not in the fixture folder. */
const SEED_SOURCE = 'source:wapo-2021-05-03-mexico-leverage';

function check(args: string[], env: NodeJS.ProcessEnv = testEnv()) {
  const r = spawnSync('npx', ['tsx', 'src/cli/check-citations.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const summaryLine = (out: string): string => out.trim().split('\n').slice(-1)[0]!;

const temps: string[] = [];
const tempDir = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-citations-'));
  temps.push(d);
  return d;
};
/** A copy of the fixture text changed by `edit`, in a folder of its own. */
const doctored = (edit: (text: string) => string): string => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, TEXT_FILE), edit(fs.readFileSync(path.join(FIXTURE, TEXT_FILE), 'utf8')));
  return dir;
};

const cleanUp = async (): Promise<void> => {
  const db = { database: testDatabase() };
  await getDriver().executeQuery("MATCH (e:Evidence) WHERE e.factId STARTS WITH 'test:cit' DETACH DELETE e", {}, db);
  await getDriver().executeQuery(
    "MATCH (n) WHERE n.id STARTS WITH 'test:cit' OR n.id STARTS WITH 'test:source-citations' DETACH DELETE n",
    {},
    db,
  );
};

beforeAll(async () => {
  await cleanUp();
  const work = tempDir();
  const summary = await loadCorpus(getDriver(), {
    dir: path.join(FIXTURE, 'graph'),
    database: testDatabase(),
    target: 'citations-test',
    checkpointFile: path.join(work, 'checkpoint.json'),
    restart: true,
  });
  expect(summary).toMatchObject({ nodes: 7, relationships: 1, evidence: FIXTURE_RECORDS + 1 });
}, 120_000);

afterAll(async () => {
  await cleanUp();
  await closeDriver();
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

describe('the citation fixture', () => {
  it('is a synthetic text whose offsets are code points (what Python’s text[start:end] takes)', () => {
    const text = fs.readFileSync(path.join(FIXTURE, TEXT_FILE), 'utf8');
    expect(text.startsWith('SYNTHETIC TEST TEXT')).toBe(true);
    const points = Array.from(text);
    const records = fs
      .readFileSync(path.join(FIXTURE, 'graph/nodes.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { evidence?: { excerpt: string; textStart?: number; textEnd?: number } })
      .flatMap((r) => (r.evidence?.textStart === undefined ? [] : [r.evidence]));
    expect(records.length).toBe(FIXTURE_RECORDS - 1);
    for (const e of records) expect(points.slice(e.textStart, e.textEnd).join('')).toBe(e.excerpt);
  });
});

describe('check-citations CLI', () => {
  it('verifies every excerpt of a source at its offsets and exits 0', () => {
    const r = check([FIXTURE, '--source', SOURCE]);
    expect(r.err).toBe('');
    expect(summaryLine(r.out)).toBe(
      `Checked ${FIXTURE_RECORDS} excerpts: ${FIXTURE_RECORDS} verified, 0 not verified.`,
    );
    expect(r.code).toBe(0);
  });

  it('accepts the folder as --sources too, and prints JSON with --json', () => {
    const r = check(['--sources', FIXTURE, '--source', SOURCE, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      sources: 1,
      checked: FIXTURE_RECORDS,
      verified: FIXTURE_RECORDS,
      passed: true,
    });
  });

  it('fails with exit 1 when an excerpt is no longer in the text, naming the record, its fact and the excerpt', () => {
    // Same length, so the excerpts after it stay at their offsets: exactly one record fails.
    const r = check([doctored((t) => t.replace('covered water rights', 'covered river rights')), '--source', SOURCE]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `NOT VERIFIED  evidence 'test:cit-meeting|${SOURCE}|324-383' of (:Event {id: 'test:cit-meeting'}) (source ${SOURCE}): ` +
        'excerpt not found verbatim in the source text',
    );
    expect(r.out).toContain('"Officials in Sampleland said the talks covered water rights"');
    expect(r.out).toContain(`CHANGED SOURCE TEXT  ${SOURCE}: ${TEXT_FILE}`);
    expect(summaryLine(r.out)).toBe(
      `Checked ${FIXTURE_RECORDS} excerpts: ${FIXTURE_RECORDS - 1} verified, 1 not verified, 1 source text(s) changed.`,
    );
  });

  it('fails with exit 1 when the excerpts are verbatim but not at their offsets, and says where they are', () => {
    const r = check([doctored((t) => `NOTE. ${t}`), '--source', SOURCE]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `NOT VERIFIED  evidence 'test:cit-sampleland|${SOURCE}|385-413' of (:Country {id: 'test:cit-sampleland'}) ` +
        `(source ${SOURCE}): excerpt is in the source text, but not at textStart/textEnd`,
    );
    // "Officials in Sampleland said" occurs twice; both occurrences moved by 6 code points.
    expect(r.out).toContain('recorded at [385, 413); found at [330, 358), [391, 419)');
    expect(r.out).toContain("of (test:cit-ana)-[:PARTICIPATED_IN {id: 'test:cit-ana-at-meeting'}]->(test:cit-meeting)");
    expect(summaryLine(r.out)).toMatch(
      new RegExp(`^Checked ${FIXTURE_RECORDS} excerpts: 0 verified, ${FIXTURE_RECORDS} not verified`),
    );
  });

  it('checks every source with a text by default, skipping synthetic ones, and reports a missing source file', () => {
    const r = check([FIXTURE]);
    expect(r.code).toBe(1);
    // The seed's article is not in the fixture folder; the synthetic source's record is not checked.
    expect(r.out).toContain(`MISSING SOURCE FILE  ${SEED_SOURCE}: `);
    expect(r.out).not.toContain('test:source-citations-synthetic');
    expect(r.out).not.toContain(`(source ${SOURCE})`);
  });

  it('fails evidence that names no known source', async () => {
    await getDriver().executeQuery(
      "CREATE (:Evidence {id: 'test:cit-orphan', factId: 'test:cit-ana', factKind: 'node', factType: 'Person', sourceId: 'test:no-such-source', excerpt: 'Ana Testa'})",
      {},
      { database: testDatabase() },
    );
    const r = check([FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "NOT VERIFIED  evidence 'test:cit-orphan' of (:Person {id: 'test:cit-ana'}) (source test:no-such-source): " +
        'sourceId names no Source node',
    );
  });

  it('exits 2 for a --source that is not a source with a text', () => {
    const unknown = check([FIXTURE, '--source', 'test:no-such-source']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--source test:no-such-source: no :Source with that id in the graph.');
    const synthetic = check([FIXTURE, '--source', 'test:source-citations-synthetic']);
    expect(synthetic.code).toBe(2);
    expect(synthetic.err).toContain('a synthetic source, which has no text to check against');
  });

  it('exits 2 with a clear message when Neo4j cannot be reached', () => {
    const r = check([FIXTURE], { ...testEnv(), NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('check-citations: cannot reach Neo4j at bolt://127.0.0.1:1');
    expect(r.err).toContain('Check NEO4J_URI');
  });

  it('exits 2 when no folder is given or it does not exist', () => {
    expect(check([]).code).toBe(2);
    const r = check([path.join(os.tmpdir(), 'no-such-folder-brg')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Sources folder not found');
  });
});
