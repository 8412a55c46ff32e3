import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { RECIPES, renderCookbook } from '../../src/docs/cookbook';
import { closeDriver } from '../support/db';
import { startTestService, TestService } from '../support/service';

let api: TestService;
beforeAll(async () => {
  api = await startTestService();
});
afterAll(async () => {
  await api.stop();
  await closeDriver();
});

describe('docs/queries.md', () => {
  it('shows, for every recipe, exactly what the API answers on the seed graph', async () => {
    const results: unknown[] = [];
    for (const recipe of RECIPES) results.push(await api.data(recipe.query, recipe.variables));
    const expected = renderCookbook(results);
    const actual = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'queries.md'), 'utf8');
    // On a mismatch, regenerate with `npm run docs:queries` after checking the new outputs are right.
    expect(actual).toBe(expected);
  });

  it('answers every research question with something', async () => {
    for (const recipe of RECIPES) {
      const data = await api.data(recipe.query, recipe.variables);
      const root = Object.values(data as Record<string, unknown>)[0];
      const size = Array.isArray(root) ? root.length : Object.keys(root as object).length;
      expect({ recipe: recipe.title, size: size > 0 }).toEqual({ recipe: recipe.title, size: true });
    }
  });
});
