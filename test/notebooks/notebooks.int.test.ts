/**
 * Every notebook runs headlessly (nbclient, through notebooks/run.py) against a
 * real service on the seeded test database, and none may end in an error cell.
 * A synthetic test source disputes one relationship on the linkage paths the
 * notebook asks for, so its evidence table, its sources list and its disputed-facts
 * section are checked on real content (the seed alone has one source and no dispute).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { closeDriver } from '../support/db';
import { addTestDispute, TestDispute } from '../support/evidence';
import { runPython } from '../support/python';
import { startTestService, TestService } from '../support/service';

const NOTEBOOKS = path.join(PROJECT_ROOT, 'notebooks');
const TEST_SOURCE = 'test:source-notebook';

let service: TestService;
let dispute: TestDispute | undefined;
/** The relationship the test source disputes: the first hop of the notebook's first path. */
let disputedRel: { id: string; type: string };

/** Every text output of an executed notebook's code cells, in order, as one string per cell. */
function cellTexts(name: string): string[] {
  const executed = JSON.parse(fs.readFileSync(path.join(NOTEBOOKS, 'out', 'executed', name), 'utf8'));
  return executed.cells
    .filter((c: { cell_type: string }) => c.cell_type === 'code')
    .map((c: { outputs: { text?: string[]; data?: Record<string, string[]> }[] }) =>
      c.outputs.map((o) => [o.text ?? [], o.data?.['text/plain'] ?? []].flat().join('')).join('\n'),
    );
}

async function runNotebook(name: string): Promise<void> {
  const r = await runPython([path.join(NOTEBOOKS, 'run.py'), name], { BRG_API_URL: service.url });
  if (r.code !== 0) throw new Error(`${name} failed:\n${r.stderr.slice(-4000)}`);
  expect(r.stdout).toContain(`ok     ${name}`);
  // The executed copy has outputs in every code cell and not one error.
  const executed = JSON.parse(fs.readFileSync(path.join(NOTEBOOKS, 'out', 'executed', name), 'utf8'));
  const code = executed.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
  const outputs = code.flatMap((c: { outputs: { output_type: string }[] }) => c.outputs);
  expect(outputs.filter((o: { output_type: string }) => o.output_type === 'error')).toEqual([]);
  expect(outputs.length).toBeGreaterThanOrEqual(code.length - 1);
}

beforeAll(async () => {
  service = await startTestService();
  // The notebook's own parameters (linkage-paths.ipynb, "Parameters").
  const data = await service.data<{
    linkagePaths: {
      hops: {
        forward: boolean;
        from: { id: string };
        to: { id: string };
        relationship: { id: string; type: string };
      }[];
    }[];
  }>(
    `{ linkagePaths(from: "country:us", to: "person:lopez-obrador", k: 8, maxHops: 4,
                    excludeTypes: ["PUBLISHED_BY"], minConfidence: 0.5) {
         hops { forward from { id } to { id } relationship { id type } } } }`,
  );
  const hop = data.linkagePaths[0]!.hops[0]!;
  disputedRel = hop.relationship;
  const [from, to] = hop.forward ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
  dispute = await addTestDispute(
    { id: disputedRel.id, kind: 'relationship', type: disputedRel.type, from, to },
    TEST_SOURCE,
  );
});

afterAll(async () => {
  await dispute?.remove();
  await service?.stop();
  await closeDriver();
});

describe('notebooks', () => {
  const names = fs.readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb'));

  it('include the linkage-path and exchange notebooks', () => {
    expect(names).toEqual(expect.arrayContaining(['linkage-paths.ipynb', 'exchanges.ipynb']));
  });

  it.each(names)('%s executes against the API without an error cell', (name) => runNotebook(name), 300_000);

  it('linkage-paths.ipynb: one evidence row per record, the sources with counts, the disputed fact', () => {
    const texts = cellTexts('linkage-paths.ipynb');
    const find = (marker: string | RegExp): string => {
      const text = texts.find((t) => (typeof marker === 'string' ? t.includes(marker) : marker.test(t)));
      if (text === undefined) throw new Error(`no cell output matches ${marker}`);
      return text;
    };
    // The disputed relationship has two records, so there is one record more than hops.
    const [, records, hops] = /(\d+) evidence records on (\d+) hops/.exec(find(/evidence records on \d+ hops/))!;
    expect(Number(records)).toBeGreaterThan(Number(hops));
    // Sources: the article and the test source, each with its counts and records on the paths.
    const sources = find('records on these paths');
    expect(sources).toContain('source:wapo-2021-05-03-mexico-leverage');
    expect(sources).toContain(TEST_SOURCE);
    // Disputed facts on the paths: exactly the one the test source disputes.
    const disputed = find('disputed fact(s) on the paths');
    expect(disputed).toContain('1 disputed fact(s) on the paths');
    expect(disputed).toContain(disputedRel.id);
    // Its records: the article supports it, the test source disputes it.
    const both = texts.find((t) => t.includes('Synthetic test source') && t.includes('supports'));
    expect(both).toMatch(/disputes/);
  });
});
