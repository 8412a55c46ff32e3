import { createDriver, Graph } from '../../src/db/driver';
import { freePort } from '../../src/db/local-server';
import { RunningService, startService } from '../../src/server';
import { closeDriver, getDriver, graphCounts, localTestServer, testConfig, testDatabase, testEnv } from '../support/db';
import { postGraphQL } from '../support/http';
import { TcpProxy } from '../support/tcp-proxy';
import { startCli } from '../support/cli';

const HEALTH = '{ health { status neo4jVersion neo4jEdition database nodeCounts { label count } } }';

afterAll(closeDriver);

describe('the GraphQL service over HTTP', () => {
  let service: RunningService;
  beforeAll(async () => {
    const graph = new Graph(getDriver(), testDatabase(), 10_000);
    service = await startService(graph, 0, '127.0.0.1');
  });
  afterAll(() => service.stop());

  it('answers the health query with the Neo4j version and node counts by label', async () => {
    const res = await postGraphQL(service.url, HEALTH);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const health = res.body.data!.health;
    expect(health.status).toBe('ok');
    expect(health.neo4jVersion).toMatch(/^5\.26\.\d+$/);
    expect(health.neo4jEdition).toBe('community');
    expect(health.database).toBe(testDatabase());
    const { nodes } = await graphCounts();
    const byLabel = Object.fromEntries(
      (health.nodeCounts as { label: string; count: number }[]).map((c) => [c.label, c.count]),
    );
    for (const [label, count] of Object.entries(nodes)) expect(byLabel[label]).toBe(count);
  });

  it('turns a bad query into a GraphQL error with a code, not a 500', async () => {
    const res = await postGraphQL(service.url, '{ health { nope } }');
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.text).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('npm start (the service entry point)', () => {
  it('stops at start-up on a bad configuration value, naming the key and the expected form', async () => {
    const p = startCli(['src/main.ts'], testEnv({ PORT: 'not-a-port' }));
    expect(await p.exited).toBe(1);
    const err = p.err();
    expect(err).toMatch(/PORT="not-a-port": expected a TCP port number/);
    expect(err).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('uses the server in NEO4J_URI, serves the health query, and exits cleanly on SIGTERM', async () => {
    const port = await freePort();
    const p = startCli(['src/main.ts'], testEnv({ PORT: String(port), HOST: '127.0.0.1' }));
    await p.until(/GraphQL API ready/);
    expect(p.out()).not.toMatch(/bundled local Neo4j/);
    const res = await postGraphQL(`http://127.0.0.1:${port}/graphql`, HEALTH);
    expect(res.body.data!.health.status).toBe('ok');
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.out()).toMatch(/Stopped\./);
  });
});

describe('the database going away while the service runs', () => {
  it('reports DATABASE_UNAVAILABLE instead of crashing, and recovers when the database is back', async () => {
    const local = localTestServer();
    const config = testConfig();
    // With our own throwaway server we really stop and restart it (which also proves a
    // restart reuses the store); with an external one we cut a TCP relay in front of it.
    const target = new URL(process.env.NEO4J_TEST_URI!);
    const proxy = local ? undefined : new TcpProxy(target.hostname, Number(target.port || 7687));
    await proxy?.open();
    const uri = proxy ? `bolt://127.0.0.1:${proxy.port}` : process.env.NEO4J_TEST_URI!;
    const driver = createDriver(config, uri);
    const service = await startService(new Graph(driver, testDatabase(), 10_000), 0, '127.0.0.1');
    try {
      const before = await postGraphQL(service.url, HEALTH);
      expect(before.body.data!.health.status).toBe('ok');

      if (local) await local.stop();
      else await proxy!.close();

      const down = await postGraphQL(service.url, HEALTH);
      expect(down.status).toBe(200);
      expect(down.body.data).toEqual({ health: null }); // root fields are nullable: the error nulls only its field
      expect(down.body.errors![0]!.extensions!.code).toBe('DATABASE_UNAVAILABLE');
      expect(down.text).not.toContain(config.neo4j.password);
      expect(down.text).not.toMatch(/bolt:\/\/|CALL |MATCH /);

      if (local) await local.start();
      else await proxy!.open();

      let after = await postGraphQL(service.url, HEALTH);
      for (let i = 0; i < 40 && after.body.errors; i++) {
        await new Promise((r) => setTimeout(r, 500));
        after = await postGraphQL(service.url, HEALTH);
      }
      expect(after.body.errors).toBeUndefined();
      expect(after.body.data!.health.nodeCounts).toEqual(before.body.data!.health.nodeCounts);
    } finally {
      await service.stop();
      await driver.close();
      await proxy?.close();
    }
  });
});
