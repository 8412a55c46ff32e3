/**
 * Every notebook runs headlessly (nbclient, through notebooks/run.py) against a
 * real service on the seeded test database, and none may end in an error cell.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { closeDriver } from '../support/db';
import { runPython } from '../support/python';
import { startTestService, TestService } from '../support/service';

const NOTEBOOKS = path.join(PROJECT_ROOT, 'notebooks');

let service: TestService;

beforeAll(async () => {
  service = await startTestService();
});

afterAll(async () => {
  await service?.stop();
  await closeDriver();
});

describe('notebooks', () => {
  const names = fs.readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb'));

  it('include the linkage-path and exchange notebooks', () => {
    expect(names).toEqual(expect.arrayContaining(['linkage-paths.ipynb', 'exchanges.ipynb']));
  });

  it.each(names)(
    '%s executes against the API without an error cell',
    async (name) => {
      const r = await runPython([path.join(NOTEBOOKS, 'run.py'), name], { BRG_API_URL: service.url });
      if (r.code !== 0) throw new Error(`${name} failed:\n${r.stderr.slice(-4000)}`);
      expect(r.stdout).toContain(`ok     ${name}`);
      // The executed copy has outputs in every code cell and not one error.
      const executed = JSON.parse(fs.readFileSync(path.join(NOTEBOOKS, 'out', 'executed', name), 'utf8'));
      const code = executed.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
      const outputs = code.flatMap((c: { outputs: { output_type: string }[] }) => c.outputs);
      expect(outputs.filter((o: { output_type: string }) => o.output_type === 'error')).toEqual([]);
      expect(outputs.length).toBeGreaterThanOrEqual(code.length - 1);
    },
    300_000,
  );
});
