/**
 * `npm run docs:queries`: run every cookbook recipe against the configured database
 * through the real HTTP API and rewrite docs/queries.md with the outputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../config';
import { CURATION_TEXTS, RECIPES, renderCookbook } from '../docs/cookbook';
import { removeCurationRecipeWrites, runCurationRecipes } from '../docs/cookbook-curation';
import { startService } from '../server';
import { runCli, withNeo4j } from './run';

export const COOKBOOK_FILE = path.join(PROJECT_ROOT, 'docs', 'queries.md');

const program = new Command()
  .name('docs:queries')
  .description(
    'Regenerate docs/queries.md: run each recipe in src/docs/cookbook.ts against the database in NEO4J_URI ' +
      '(or the running local Neo4j) and record its output. Seed the database first (npm run db:seed).',
  )
  .option('--check', 'do not write; exit 1 if docs/queries.md differs from what the API answers now')
  .action((opts: { check?: boolean }) =>
    withNeo4j({ unreachableExitCode: 1 }, async (session) => {
      const { config, driver } = session;
      const graph = session.graph();
      const service = await startService(graph, 0, '127.0.0.1', {
        curation: { sourcesDir: path.join(PROJECT_ROOT, CURATION_TEXTS) },
      });
      try {
        const results: unknown[] = [];
        for (const recipe of RECIPES) {
          const res = await fetch(service.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: recipe.query, variables: recipe.variables }),
          });
          const body = (await res.json()) as { data?: unknown; errors?: unknown };
          if (body.errors) throw new Error(`recipe "${recipe.title}" failed: ${JSON.stringify(body.errors)}`);
          results.push(body.data);
        }
        // The curation recipes write (with a key made for the run); everything they wrote is removed after.
        await removeCurationRecipeWrites(driver, config.neo4j.database);
        let curation;
        try {
          curation = await runCurationRecipes(graph, service.url);
        } finally {
          await removeCurationRecipeWrites(driver, config.neo4j.database);
        }
        const markdown = renderCookbook(results, curation);
        if (opts.check) {
          const same = fs.existsSync(COOKBOOK_FILE) && fs.readFileSync(COOKBOOK_FILE, 'utf8') === markdown;
          console.log(
            same ? 'docs/queries.md is up to date.' : 'docs/queries.md is out of date: run npm run docs:queries',
          );
          process.exitCode = same ? 0 : 1;
        } else {
          fs.writeFileSync(COOKBOOK_FILE, markdown);
          console.log(
            `Wrote ${path.relative(PROJECT_ROOT, COOKBOOK_FILE)} (${RECIPES.length} recipes, ${curation.length} curation recipes).`,
          );
        }
      } finally {
        await service.stop();
      }
    }),
  );

// A failing recipe is reported by its message (the cookbook's text, not a stack).
runCli('docs:queries', () => program.parseAsync(process.argv).then(() => undefined), { expected: () => true });
