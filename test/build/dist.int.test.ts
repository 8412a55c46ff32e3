/**
 * The production build: `npm run build` compiles the service to dist/, and `node dist/main.js` (what
 * `npm run start:prod` and the Dockerfile run) must serve the same API as the TypeScript sources do —
 * the same schema, the same answers, and the pages (explorer, GraphiQL) whose files the build copies or
 * bundles. It finds cypher/ and schema/ from dist/ (PROJECT_ROOT), so a build that lost them fails here.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { getIntrospectionQuery } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { freePort } from '../../src/db/local-server';
import { closeDriver, testEnv } from '../support/db';
import { postGraphQL } from '../support/http';
import { startTestService, TestService } from '../support/service';

const SLOW = 900_000;
const RESEARCH = `{ linkagePaths(from: "person:harris", to: "event:2021-03-us-agrees-vaccine-doses", k: 3) {
  length hops { sentence relationship { id evidence { excerpt attribution confidence } } } } }`;

let built: ChildProcess;
let builtUrl: string;
let builtOut = '';
let sources: TestService;

beforeAll(async () => {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);

  const port = await freePort();
  built = spawn(process.execPath, ['dist/main.js'], {
    cwd: PROJECT_ROOT,
    // As `npm start` runs (NODE_ENV unset): production mode would also turn introspection off.
    env: testEnv({ PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false' }),
  });
  built.stdout!.on('data', (d: Buffer) => (builtOut += d.toString()));
  built.stderr!.on('data', (d: Buffer) => (builtOut += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (/GraphQL API ready/.test(builtOut)) resolve();
    };
    built.stdout!.on('data', check);
    built.on('exit', (code) =>
      reject(new Error(`node dist/main.js exited (${code}) before it was ready:\n${builtOut}`)),
    );
  });
  builtUrl = `http://127.0.0.1:${port}`;
  sources = await startTestService();
}, SLOW);

afterAll(async () => {
  await sources?.stop();
  await closeDriver();
  if (built && built.exitCode === null) {
    const exited = new Promise((resolve) => built.once('exit', resolve));
    built.kill('SIGTERM');
    await exited;
  }
});

describe('node dist/main.js (npm run build)', () => {
  it('serves the same schema as the sources', async () => {
    const fromBuild = await postGraphQL(`${builtUrl}/graphql`, getIntrospectionQuery());
    const fromSources = await postGraphQL(sources.url, getIntrospectionQuery());
    expect(fromBuild.body.errors).toBeUndefined();
    expect(fromBuild.body.data).toEqual(fromSources.body.data);
    expect(JSON.stringify(fromBuild.body.data)).toContain('linkagePaths');
  });

  it('answers a research query as the sources do (named Cypher files found from dist/)', async () => {
    const fromBuild = await postGraphQL<{ linkagePaths: unknown[] }>(`${builtUrl}/graphql`, RESEARCH);
    const fromSources = await postGraphQL<{ linkagePaths: unknown[] }>(sources.url, RESEARCH);
    expect(fromBuild.body.errors).toBeUndefined();
    expect(fromBuild.body.data!.linkagePaths.length).toBeGreaterThan(0);
    expect(fromBuild.body.data).toEqual(fromSources.body.data);
  });

  it('answers bad input with the same coded error', async () => {
    const bad = '{ linkagePaths(from: "person:harris", to: "person:harris", k: 0) { length } }';
    const fromBuild = await postGraphQL(`${builtUrl}/graphql`, bad);
    const fromSources = await postGraphQL(sources.url, bad);
    expect(fromBuild.status).toBe(fromSources.status);
    expect(fromBuild.body.errors?.[0]?.extensions?.code).toBeDefined();
    expect(fromBuild.body.errors?.[0]?.extensions?.code).toBe(fromSources.body.errors?.[0]?.extensions?.code);
  });

  it('serves the explorer from its prebuilt bundle, and GraphiQL', async () => {
    const page = await fetch(`${builtUrl}/explorer`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('app/explorer.js');
    const script = await fetch(`${builtUrl}/explorer/app/explorer.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await script.text()).length).toBeGreaterThan(10_000);
    const css = await fetch(`${builtUrl}/explorer/app/explorer.css`);
    expect(css.status).toBe(200);
    const ide = await fetch(`${builtUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(ide.status).toBe(200);
    expect(await ide.text()).toContain('graphiql-init.js');
    expect((await fetch(`${builtUrl}/ide/graphiql-init.js`)).status).toBe(200);
  });
});
