/**
 * `npm run docs:queries`: run every cookbook recipe against the configured database
 * through the real HTTP API and rewrite docs/queries.md with the outputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { ConfigError, loadConfig, PROJECT_ROOT } from '../config';
import { createDriver, Graph } from '../db/driver';
import { RECIPES, renderCookbook } from '../docs/cookbook';
import { startService } from '../server';

export const COOKBOOK_FILE = path.join(PROJECT_ROOT, 'docs', 'queries.md');

new Command()
  .name('docs:queries')
  .description(
    'Regenerate docs/queries.md: run each recipe in src/docs/cookbook.ts against the database in NEO4J_URI ' +
      '(or the running local Neo4j) and record its output. Seed the database first (npm run db:seed).',
  )
  .option('--check', 'do not write; exit 1 if docs/queries.md differs from what the API answers now')
  .action(async (opts: { check?: boolean }) => {
    const config = loadConfig();
    const driver = createDriver(config);
    const service = await startService(
      new Graph(driver, config.neo4j.database, config.neo4j.queryTimeoutMs),
      0,
      '127.0.0.1',
    );
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
      const markdown = renderCookbook(results);
      if (opts.check) {
        const same = fs.existsSync(COOKBOOK_FILE) && fs.readFileSync(COOKBOOK_FILE, 'utf8') === markdown;
        console.log(
          same ? 'docs/queries.md is up to date.' : 'docs/queries.md is out of date: run npm run docs:queries',
        );
        process.exitCode = same ? 0 : 1;
      } else {
        fs.writeFileSync(COOKBOOK_FILE, markdown);
        console.log(`Wrote ${path.relative(PROJECT_ROOT, COOKBOOK_FILE)} (${RECIPES.length} recipes).`);
      }
    } finally {
      await service.stop();
      await driver.close();
    }
  })
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    console.error(`docs:queries: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
    process.exit(1);
  });
