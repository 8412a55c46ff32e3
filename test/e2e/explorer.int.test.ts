/**
 * The graph explorer end to end: Debian's headless Chromium (driven by playwright-core,
 * never a downloaded browser) on the real service over the seeded test database.
 * One browser page walks through a research session in order: search, expand, evidence,
 * path finder, as-of date, reload, export, a failing query, then the API going down.
 * Screenshots go to test-artifacts/ (git-ignored) for a human to look at.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { closeDriver, getDriver, testDatabase } from '../support/db';
import { startTestService, TestService } from '../support/service';

// Functions passed to page.evaluate run in the browser; the project compiles without the DOM lib.
declare const window: any;
declare const document: any;

interface EventView {
  id: string;
  start: string | null;
  end: string | null;
  shown: boolean;
}

// A browser session per step: page loads, layouts and API round trips, well above Jest's 5 s default.
jest.setTimeout(60_000);

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const AMLO = 'person:lopez-obrador';
const OFFICE = 'office:mx-president';
const HARRIS = 'person:harris';
const DOSES = 'event:2021-03-us-agrees-vaccine-doses';
const AS_OF = '2019-06-15';

let api: TestService;
let apiStopped = false;
let base: string;
let userDataDir: string;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];
const requested: string[] = [];

/** Everything the page's Cytoscape model shows, read in the page. */
const visible = () =>
  page.evaluate(() => {
    const cy = (window as any).explorer.cy;
    return {
      nodes: cy
        .nodes(':visible')
        .map((n: any) => n.id())
        .sort() as string[],
      edges: cy
        .edges(':visible')
        .map((e: any) => e.id())
        .sort() as string[],
    };
  });
const nodeIds = () => page.evaluate(() => (window as any).explorer.cy.nodes().map((n: any) => n.id()) as string[]);
const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `explorer-${name}.png`) });
const ready = () => page.waitForFunction(() => (window as any).explorer && (window as any).explorer.ready);
const idle = () => page.waitForFunction(() => document.getElementById('status')!.textContent === '');

async function dbExcerpt(relId: string): Promise<string> {
  const res = await getDriver().executeQuery(
    'MATCH ()-[r {id: $id}]->() RETURN r.excerpt AS excerpt',
    { id: relId },
    { database: testDatabase() },
  );
  return res.records[0]!.get('excerpt') as string;
}

/** Type into a suggestion box and pick the suggestion for `id` with the keyboard. */
async function pickSuggestion(inputSel: string, listSel: string, text: string, id: string) {
  await page.fill(inputSel, text);
  const option = page.locator(`${listSel} li[role=option][data-id="${id}"]`);
  await option.waitFor();
  const ids = await page
    .locator(`${listSel} li[role=option]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  for (let i = 0; i < ids.indexOf(id); i++) await page.press(inputSel, 'ArrowDown');
  await page.press(inputSel, 'Enter');
}

beforeAll(async () => {
  expect(fs.existsSync(CHROMIUM)).toBe(true); // installed by .ci/run (apt-get install chromium)
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  api = await startTestService();
  base = api.url.replace(/\/graphql$/, '');
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => requested.push(r.url()));
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  if (api && !apiStopped) await api.stop();
  await closeDriver();
});

describe('graph explorer in headless Chromium', () => {
  it('serves the page with every asset from the service itself', async () => {
    const res = await fetch(`${base}/explorer`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    await page.goto(`${base}/explorer`);
    await ready();
    expect(await page.locator('#empty-hint').isVisible()).toBe(true);
    expect(requested.length).toBeGreaterThan(5);
    expect(requested.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
    expect(await page.evaluate(() => typeof (window as any).cytoscape)).toBe('function');
  });

  it('searches "AMLO", picks the suggestion with the keyboard and shows his neighbourhood', async () => {
    await page.focus('#search-input');
    await page.keyboard.type('AMLO');
    const option = page.locator('#search-list li[role=option]').first();
    await option.waitFor();
    expect(await option.getAttribute('data-id')).toBe(AMLO);
    await expect(option.innerText()).resolves.toContain('López Obrador');
    await shot('1-suggestions');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as any).explorer.cy.getElementById(id).hasClass('expanded'), AMLO);
    await idle();

    const { neighbourhood } = await api.data<any>(
      `query($id: ID!) { neighbourhood(id: $id) { nodes { id } relationships { id } } }`,
      { id: AMLO },
    );
    const shown = await visible();
    expect(shown.nodes).toEqual(neighbourhood.nodes.map((n: any) => n.id).sort());
    expect(shown.edges).toEqual(neighbourhood.relationships.map((r: any) => r.id).sort());
    expect(await page.locator('#panel-details h2').innerText()).toBe('Andrés Manuel López Obrador');
    expect(await page.locator('#panel-details .aliases').innerText()).toContain('AMLO');
    // Offices come from relationships(type: "HOLDS_OFFICE").
    await expect(page.locator('#panel-details .offices').innerText()).resolves.toContain('President of Mexico');
    expect(page.url()).toContain(`open=${AMLO}`);
    await shot('2-expanded');
  });

  it('expands a neighbour clicked on the canvas without moving the nodes already placed', async () => {
    const before = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      return Object.fromEntries(cy.nodes().map((n: any) => [n.id(), n.position()]));
    });
    const at = await page.evaluate((id) => {
      const cy = (window as any).explorer.cy;
      const node = cy.getElementById(id);
      const q = node.renderedPosition();
      // As a user would, pan first if the node is outside the canvas (panning moves no node).
      if (q.x < 20 || q.y < 20 || q.x > cy.width() - 20 || q.y > cy.height() - 20) cy.center(node);
      const p = node.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, OFFICE);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((id) => (window as any).explorer.cy.getElementById(id).hasClass('expanded'), OFFICE);
    await idle();
    const after = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      return Object.fromEntries(cy.nodes().map((n: any) => [n.id(), n.position()]));
    });
    // The office's country arrives; everything that was there keeps its place.
    expect(Object.keys(after)).toContain('country:mx');
    for (const [id, pos] of Object.entries(before)) expect(after[id]).toEqual(pos);
    expect(await page.locator('#panel-details h2').innerText()).toBe('President of Mexico');
  });

  it("opens a relationship's evidence from the keyboard and shows the excerpt stored in the database", async () => {
    const relId = `holds_office|${AMLO}|${OFFICE}`;
    const button = page.locator(`#panel-details button[data-edge-id="${relId}"]`);
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => (window as any).explorer.cy.getElementById(id).selected(), relId);
    const expected = await dbExcerpt(relId);
    // The panel re-renders after the selection event: wait for it (up to 10 s) rather than
    // read whatever the previous selection left there, then check what it shows.
    await page
      .waitForFunction(
        (text) => document.querySelector('#panel-details blockquote.excerpt')?.textContent?.includes(text),
        expected,
        { timeout: 10_000 },
      )
      .catch(() => undefined);
    const excerpt = await page.locator('#panel-details blockquote.excerpt').innerText();
    expect(excerpt).toBe(expected);
    await expect(page.locator('#panel-details .source').innerText()).resolves.toContain('The Washington Post');
    await expect(page.locator('#panel-details .attribution').innerText()).resolves.toContain('reporting');
    await expect(page.locator('#panel-details .confidence').innerText()).resolves.toMatch(/\d\.\d\d/);
    expect(page.url()).toContain(`sel=${relId}`);
    await shot('3-edge-evidence');
  });

  it('finds linkage paths from Harris to the vaccine doses, highlights them and lists their hop sentences', async () => {
    await pickSuggestion('#path-from', '#path-from-list', 'Harris', HARRIS);
    await pickSuggestion('#path-to', '#path-to-list', 'vaccine doses', DOSES);
    await page.click('#path-go');
    await page.locator('#panel-paths .hop').first().waitFor();
    await idle();

    const { linkagePaths } = await api.data<any>(
      `query($from: ID!, $to: ID!) { linkagePaths(from: $from, to: $to, k: 3, maxHops: 4) {
         hops { sentence relationship { id } } } }`,
      { from: HARRIS, to: DOSES },
    );
    expect(linkagePaths.length).toBeGreaterThan(0);
    const listed = await page.locator('#panel-paths .hop').allInnerTexts();
    expect(listed).toEqual(linkagePaths.flatMap((p: any) => p.hops.map((h: any) => h.sentence)));
    const highlighted = await page.evaluate(() =>
      (window as any).explorer.cy
        .edges('.on-path')
        .map((e: any) => e.id())
        .sort(),
    );
    const expected = [...new Set(linkagePaths.flatMap((p: any) => p.hops.map((h: any) => h.relationship.id)))].sort();
    expect(highlighted).toEqual(expected);
    expect(page.url()).toContain(`pfrom=${HARRIS}`);
    await shot('4-paths');
  });

  it('hides the 2021 events when the as-of date is set in 2019', async () => {
    const events = () =>
      page.evaluate(() =>
        (window as any).explorer.cy
          .nodes('[entityType = "Event"]')
          .map((n: any) => ({ id: n.id(), start: n.data('timeStart'), end: n.data('timeEnd'), shown: n.visible() })),
      ) as Promise<EventView[]>;
    const before = await events();
    const of2021 = before.filter((e) => e.start?.startsWith('2021'));
    expect(of2021.length).toBeGreaterThan(1);
    expect(of2021.every((e) => e.shown)).toBe(true);
    expect(of2021.map((e) => e.id)).toContain(DOSES);

    await page.check('input[name="time-mode"][value="asof"]');
    await page.fill('#asof-date', AS_OF);
    await page.press('#asof-date', 'Enter');
    await page.waitForFunction((id) => !(window as any).explorer.cy.getElementById(id).visible(), DOSES);

    const after = await events();
    for (const e of after.filter((x) => x.start?.startsWith('2021'))) expect(e).toMatchObject({ shown: false });
    // What held on the date stays: events in force then, and undated ones.
    const held = after.filter((e) => !e.start || (e.start <= AS_OF && (!e.end || e.end >= AS_OF)));
    expect(held.length).toBeGreaterThan(0);
    for (const e of held) expect(e).toMatchObject({ shown: true });
    expect(page.url()).toContain(`asof=${AS_OF}`);
    await shot('5-as-of-2019');
  });

  it('lists the timeline of the selected actor', async () => {
    await page.evaluate((id) => {
      const cy = (window as any).explorer.cy;
      cy.$(':selected').unselect();
      cy.getElementById(id).select();
    }, AMLO);
    await page.click('#tab-timeline');
    await page.locator('#panel-timeline .entry').first().waitFor();
    const { timeline } = await api.data<any>(`query($a: ID!) { timeline(actor: $a) { event { id } } }`, { a: AMLO });
    const listed = await page
      .locator('#panel-timeline .entry')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    expect([...listed].sort()).toEqual(timeline.map((t: any) => t.event.id).sort());
    // Events that did not hold on the as-of date are dimmed, not dropped.
    expect(await page.locator('#panel-timeline .entry.outside').count()).toBeGreaterThan(0);
    await shot('6-timeline');
  });

  it('restores the same view on reload, and the back button steps back through it', async () => {
    const url = page.url();
    const before = await visible();
    const hops = await page.locator('#panel-paths .hop').allTextContents();
    expect(hops.length).toBeGreaterThan(0);
    await page.reload();
    await ready();
    expect(page.url()).toBe(url);
    expect(await visible()).toEqual(before);
    expect(await page.locator('#asof-date').inputValue()).toBe(AS_OF);
    expect(await page.locator('#panel-paths .hop').allTextContents()).toEqual(hops);
    expect(await page.locator('#tab-timeline').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#path-from').inputValue()).toBe('Harris');
    await shot('7-reloaded');

    // Back steps through the recorded views (tab, selection, …) to the one before the as-of date.
    let steps = 0;
    while (page.url().includes('asof=') && steps < 6) {
      await page.goBack();
      steps += 1;
    }
    expect(page.url()).not.toContain('asof=');
    await page.waitForFunction((id) => (window as any).explorer.cy.getElementById(id).visible(), DOSES);
    for (let i = 0; i < steps; i++) await page.goForward();
    expect(page.url()).toBe(url);
    await page.waitForFunction((id) => !(window as any).explorer.cy.getElementById(id).visible(), DOSES);
    expect(await visible()).toEqual(before);
  });

  it('exports the current view as node-link JSON and as PNG', async () => {
    const shown = await visible();
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#json-btn')]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);
    const data = JSON.parse(fs.readFileSync((await json.path())!, 'utf8'));
    expect(data).toMatchObject({ directed: true, multigraph: true });
    expect(data.graph.filters.time).toEqual({ asOf: AS_OF });
    expect(data.nodes.map((n: any) => n.id).sort()).toEqual(shown.nodes);
    expect(data.links.map((l: any) => l.key).sort()).toEqual(shown.edges);
    const ids = new Set(data.nodes.map((n: any) => n.id));
    for (const l of data.links) {
      expect(ids.has(l.source) && ids.has(l.target)).toBe(true);
      expect(typeof l.type).toBe('string');
    }
    const amlo = data.nodes.find((n: any) => n.id === AMLO);
    expect(amlo).toMatchObject({ entityType: 'Person', name: 'Andrés Manuel López Obrador' });

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png-btn')]);
    const bytes = fs.readFileSync((await png.path())!);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('reports a failing query with its error code and keeps the view', async () => {
    const before = await visible();
    const url = page.url();
    await page.fill('#path-include', 'not-a-type');
    await page.click('#path-go');
    await page.locator('#banner').waitFor({ state: 'visible' });
    await expect(page.locator('#banner-text').innerText()).resolves.toContain('BAD_USER_INPUT');
    expect(await visible()).toEqual(before);
    expect(await page.locator('#panel-paths .hop').count()).toBeGreaterThan(0);
    expect(page.url()).toBe(url);
    await shot('8-query-error');
    await page.click('#banner-close');
    await page.fill('#path-include', '');
  });

  it('says the API is down, without losing the nodes on screen', async () => {
    const before = await visible();
    await api.stop();
    apiStopped = true;
    // Expanding a node not yet expanded needs the API.
    await page.fill('#search-input', 'Ebrard');
    await page.locator('#banner').waitFor({ state: 'visible' });
    await expect(page.locator('#banner-text').innerText()).resolves.toMatch(/not answering/);
    expect(await visible()).toEqual(before);

    // Clicking a node that needs loading fails the same way, offers a retry, and keeps the view.
    const target = await page.evaluate(() => {
      const cy = (window as any).explorer.cy;
      const inView = (x: any) => {
        const p = x.renderedPosition();
        return p.x > 20 && p.y > 20 && p.x < cy.width() - 20 && p.y < cy.height() - 20;
      };
      const n = cy.nodes(':visible').filter((x: any) => !x.hasClass('expanded') && inView(x))[0];
      const p = n.renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
    });
    await page.click('#banner-close');
    await page.mouse.click(target.x, target.y);
    await page.locator('#banner').waitFor({ state: 'visible' });
    await expect(page.locator('#banner-text').innerText()).resolves.toMatch(/not answering/);
    expect(await page.locator('#banner-retry').isVisible()).toBe(true);
    expect(await visible()).toEqual(before);
    expect(await nodeIds()).toEqual(expect.arrayContaining(before.nodes));
    await shot('9-api-down');
    expect(pageErrors).toEqual([]);
  });
});
