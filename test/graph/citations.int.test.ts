/**
 * The citation checker CLI against the seeded test database: it passes on the
 * seed folder, fails on a doctored copy of the article, and exits 2 when it
 * cannot reach Neo4j.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testEnv } from '../support/db';

const ROOT = path.resolve(__dirname, '../..');
const ARTICLE = '000_a29362db7205dff6.txt';

function check(args: string[], env: NodeJS.ProcessEnv = testEnv()) {
  const r = spawnSync('npx', ['tsx', 'src/cli/check-citations.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const checkedCount = (out: string): number => Number(/Checked (\d+) excerpts/.exec(out)?.[1] ?? NaN);

const temps: string[] = [];
const tempDir = (): string => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-citations-'));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

describe('check-citations CLI', () => {
  it('verifies every excerpt against ../shared/seed and exits 0', () => {
    const r = check(['../shared/seed']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(checkedCount(r.out)).toBeGreaterThan(0);
    expect(r.out).toMatch(/Checked \d+ excerpts: (\d+) verified, 0 not verified\./);
  });

  it('accepts the folder as --sources too', () => {
    const r = check(['--sources', '../shared/seed']);
    expect(r.code).toBe(0);
    expect(checkedCount(r.out)).toBeGreaterThan(500);
  });

  it('fails with exit 1 on a doctored copy of the article and names the element, property and excerpt', () => {
    const dir = tempDir();
    const original = fs.readFileSync(path.join(ROOT, '../shared/seed', ARTICLE), 'utf8');
    expect(original).toContain('surpassing 172,000 in March');
    fs.writeFileSync(
      path.join(dir, ARTICLE),
      original.replace('surpassing 172,000 in March', 'surpassing 127,000 in March'),
    );
    const r = check([dir]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("(:Entity:Statistic {id: 'stat:2021-03-us-border-custody'}) .excerpt");
    expect(r.out).toContain('surpassing 172,000 in March');
    expect(r.out).toMatch(/Checked \d+ excerpts: \d+ verified, [1-9]\d* not verified\./);
  });

  it('reports a missing source file and exits 1', () => {
    const r = check([tempDir()]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`MISSING SOURCE FILE  source:wapo-2021-05-03-mexico-leverage: ${ARTICLE} not found`);
  });

  it('exits 2 with a clear message when Neo4j cannot be reached', () => {
    const r = check(['../shared/seed'], { ...testEnv(), NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot connect to Neo4j at bolt://127.0.0.1:1');
  });

  it('exits 2 when no folder is given or it does not exist', () => {
    expect(check([]).code).toBe(2);
    const r = check([path.join(os.tmpdir(), 'no-such-folder-brg')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Sources folder not found');
  });
});
