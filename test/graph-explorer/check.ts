/**
 * `npm run check:graph-explorer -- <graph-explorer dist> [--out docs/graph-explorer.png]`
 *
 * Opt-in, not part of `npm test` (graph-explorer's source is not in this project): drives
 * a built aws/graph-explorer (README: "Browsing in aws/graph-explorer") in Debian's headless
 * Chromium against this service's openCypher endpoint, the way a person would:
 * the app connects (schema sync), "Obrador" is searched over all string properties,
 * a result is added to the view and expanded. Screenshots of each step go to
 * test-artifacts/graph-explorer/ and the last one to --out.
 *
 * Uses the database the service is configured for (NEO4J_*; the bundled one must be
 * running: `npm run db:start`, seeded). The service runs in this process on a free
 * loopback port with the endpoint on; the app is served from another, with a
 * `defaultConnection` file that points it at the service (no proxy).
 * Exit code 0: every step passed; 1: a step failed (its screenshot says where).
 */
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { chromium, Page } from 'playwright-core';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { createDriver, Graph } from '../../src/db/driver';
import { startService } from '../../src/server';

// Functions passed to page.waitForFunction run in the browser; the project compiles without the DOM lib.
declare const document: { body: { innerText: string } };

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts', 'graph-explorer');
const STEP_TIMEOUT_MS = 90_000;

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run check:graph-explorer -- <graph-explorer dist dir> [--out docs/graph-explorer.png]`,
  );
  process.exit(2);
}

function args(): { dist: string; out: string } {
  const argv = process.argv.slice(2);
  let out = path.join(PROJECT_ROOT, 'docs', 'graph-explorer.png');
  const outAt = argv.indexOf('--out');
  if (outAt >= 0) {
    out = path.resolve(argv[outAt + 1] ?? usage('--out needs a file name'));
    argv.splice(outAt, 2);
  }
  const dist = argv[0] ? path.resolve(argv[0]) : usage('Which graph-explorer build? Give its dist directory.');
  if (!fs.existsSync(path.join(dist, 'index.html'))) usage(`${dist} has no index.html: not a graph-explorer build.`);
  return { dist, out };
}

/** Serve the built app, and the connection it should start with, on a free loopback port. */
async function serveApp(dist: string, endpoint: string): Promise<{ origin: string; close(): void }> {
  const app = express();
  app.get('/defaultConnection', (_req, res) => {
    res.json({
      GRAPH_EXP_PUBLIC_OR_PROXY_ENDPOINT: endpoint,
      GRAPH_EXP_GRAPH_TYPE: 'openCypher',
      GRAPH_EXP_USING_PROXY_SERVER: false,
      GRAPH_EXP_IAM: false,
      GRAPH_EXP_SERVICE_TYPE: 'neptune-db',
    });
  });
  app.use(express.static(dist));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function step(page: Page, name: string, work: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await work();
  } finally {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) }).catch(() => undefined);
  }
  console.log(`  ok  ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function main(): Promise<void> {
  const { dist, out } = args();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const config = loadConfig();
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (error) {
    console.error(`Cannot reach Neo4j (${(error as Error).message}). Start it: npm run db:start (or set NEO4J_URI).`);
    await driver.close();
    process.exit(1);
  }
  const graph = new Graph(driver, config.neo4j.database, config.neo4j.queryTimeoutMs);
  const requests: string[] = [];
  let appOrigin = '';
  const service = await startService(graph, 0, '127.0.0.1', {
    openCypher: { ...config.openCypher, enabled: true, corsOrigins: ['http://127.0.0.1:*'] },
  });
  const endpoint = service.url.replace(/\/graphql$/, '');
  const app = await serveApp(dist, endpoint);
  appOrigin = app.origin;
  console.log(`service ${endpoint}, graph-explorer ${appOrigin}`);

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  let failed = false;
  try {
    // A fresh context: empty storage, so the app reads defaultConnection.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('request', (r) => {
      if (r.url().startsWith(endpoint)) requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.url().startsWith(endpoint) && r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });

    await step(page, '1-connected', async () => {
      await page.goto(`${appOrigin}/`);
      await page.waitForURL(/graph-explorer/, { timeout: STEP_TIMEOUT_MS });
      // Schema sync done: the node types on offer are the specific labels, no :Entity, no :Evidence.
      await page.getByPlaceholder(/Search by/).waitFor();
      await page.getByRole('combobox').filter({ hasText: /^All$/ }).click();
      const types = await page.getByRole('option').allInnerTexts();
      await page.keyboard.press('Escape');
      if (!types.includes('Person') || types.includes('Entity') || types.includes('Evidence')) {
        throw new Error(`unexpected node types: ${types.join(', ')}`);
      }
    });

    await step(page, '2-search-obrador', async () => {
      // Property: from the default (the node id) to every string property; partial match.
      await page.getByRole('combobox').filter({ hasText: /^ID$/ }).click();
      await page.getByRole('option', { name: /All string/ }).click();
      await page.getByText('Partial match').click();
      await page.getByPlaceholder(/Search by/).fill('Obrador');
      await page.getByText('person:lopez-obrador').first().waitFor();
    });

    await step(page, '3-added', async () => {
      // The innermost visible block holding López Obrador's result and its add button: his card.
      const card = page
        .locator('div:visible')
        .filter({ has: page.getByText('person:lopez-obrador') })
        .filter({ has: page.getByRole('button', { name: 'Add node to view' }) })
        .last();
      await card.getByRole('button', { name: 'Add node to view' }).click();
      await card.getByRole('button', { name: 'Remove node from view' }).waitFor();
    });

    await step(page, '4-expanded', async () => {
      // Double-clicking a node expands it; the one node in view sits in the middle of the canvas.
      const canvas = page.locator('canvas').last();
      const box = (await canvas.boundingBox())!;
      await page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
      // The table under the graph lists every node in view: López Obrador and his neighbours.
      await page.waitForFunction(() => {
        const m = /Displaying \S+ of (\d+) results/.exec(document.body.innerText);
        return m !== null && Number(m[1]) > 1;
      });
      await page.getByText('Neighbors (').first().waitFor();
    });

    await page.screenshot({ path: out });

    await step(page, '5-schema', async () => {
      // For a person to look at: the schema graph-explorer learnt (drawn on a canvas).
      await page.getByText('Schema', { exact: true }).first().click();
      await page.getByText('Schema Graph').waitFor();
      await page.waitForTimeout(3000);
    });

    if (failures.length > 0) throw new Error(`the endpoint answered errors: ${failures.join(', ')}`);
    console.log(`screenshot: ${path.relative(PROJECT_ROOT, out)}`);
  } catch (error) {
    failed = true;
    console.error(`FAILED: ${(error as Error).message}\nscreenshots: ${path.relative(PROJECT_ROOT, ARTIFACTS)}/`);
  } finally {
    console.log(`requests to the endpoint: ${requests.length} (${[...new Set(requests)].join(', ')})`);
    await browser.close();
    app.close();
    await service.stop();
    await driver.close();
  }
  process.exit(failed ? 1 : 0);
}

void main();
