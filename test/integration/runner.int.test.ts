import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherScriptError, migrate, MissingReferenceError, seed } from '../../src/db/runner';
import { closeDriver, getDriver, graphCounts, runCypherScripts, testDatabase } from '../support/db';

afterAll(async () => {
  await getDriver().executeQuery('MATCH (n:TestRunner) DETACH DELETE n', {}, { database: testDatabase() });
  await closeDriver();
});

describe('the Cypher runner on the real database', () => {
  it('migrates and seeds idempotently: a second run creates nothing and changes no counts', async () => {
    await runCypherScripts();
    const before = await graphCounts();
    const reports = await seed(getDriver(), { database: testDatabase() });
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      expect({ file: r.file, nodes: r.nodesCreated, rels: r.relationshipsCreated, schema: r.schemaChanges }).toEqual({
        file: r.file,
        nodes: 0,
        rels: 0,
        schema: 0,
      });
    }
    const migrated = await migrate(getDriver(), { database: testDatabase() });
    expect(migrated.every((r) => r.schemaChanges === 0)).toBe(true);
    expect(await graphCounts()).toEqual(before);
  });

  it('reports files in a stable order, schema before data', async () => {
    const files = (await seed(getDriver(), { database: testDatabase() })).map((r) => r.file);
    const schema = files.filter((f) => f.startsWith('cypher/schema/'));
    const data = files.filter((f) => f.startsWith('cypher/data/'));
    expect(files).toEqual([...schema, ...data]);
    expect(schema).toEqual([...schema].sort());
    expect(data).toEqual([...data].sort());
  });

  it('stops at a failing statement with the file, its line and the database message, applying none of that file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-cypher-'));
    fs.mkdirSync(path.join(dir, 'schema'));
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(
      path.join(dir, 'data', '001_ok_then_bad.cypher'),
      "MERGE (:TestRunner {id: 'test:runner:1'});\n\n// the next statement is broken\nMERGE (n:TestRunner {id: 'test:runner:2'}) RETRUN n;\nMERGE (:TestRunner {id: 'test:runner:3'});\n",
    );
    const error = await seed(getDriver(), { database: testDatabase(), cypherDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CypherScriptError);
    const e = error as CypherScriptError;
    expect(e.file).toMatch(/001_ok_then_bad\.cypher$/);
    expect(e.line).toBe(4);
    expect(e.databaseMessage).toMatch(/RETRUN|Invalid input/);
    expect(e.databaseCode).toBe('Neo.ClientError.Statement.SyntaxError');
    // A data file is one transaction: nothing of the failing file is left half-written.
    const ids = await getDriver().executeQuery(
      'MATCH (n:TestRunner) RETURN n.id AS id ORDER BY id',
      {},
      { database: testDatabase() },
    );
    expect(ids.records.map((r) => r.get('id'))).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('fails loudly on a misspelt id in a seed data script, naming the file, the statement, the line and the id', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-cypher-'));
    fs.mkdirSync(path.join(dir, 'data'));
    const real = fs.readFileSync(path.join(__dirname, '../../cypher/data/099_roles.cypher'), 'utf8');
    // The third row's start node, misspelt.
    const rows = real.split('\n');
    const rowLine = rows.findIndex(
      (l, i) => l.includes("from: 'country:mx'") && i > rows.findIndex((x) => x.includes('from: ')) + 3,
    );
    rows[rowLine] = rows[rowLine]!.replace("from: 'country:mx'", "from: 'country:mxx'");
    fs.writeFileSync(path.join(dir, 'data', '099_roles.cypher'), rows.join('\n'));
    const before = await graphCounts();
    const error = await seed(getDriver(), { database: testDatabase(), cypherDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingReferenceError);
    const e = error as MissingReferenceError;
    expect(e.file).toMatch(/099_roles\.cypher$/);
    expect(e.missingId).toBe('country:mxx');
    expect(e.line).toBe(rowLine + 1);
    expect(e.statementLine).toBe(rows.findIndex((l) => l.startsWith('WITH {')) + 1);
    expect(e.message).toContain("refers to 'country:mxx', which does not exist");
    expect(await graphCounts()).toEqual(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies none of a data file whose later statement names a missing id (new facts and their evidence roll back)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-cypher-'));
    fs.mkdirSync(path.join(dir, 'data'));
    const source =
      "{sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:test'}";
    const nodes = fs.readFileSync(path.join(__dirname, '../../cypher/data/020_actors.cypher'), 'utf8');
    // The seed's own statement shapes: its node statement tail and its relationship statement tail.
    const tails = nodes
      .split(/\] AS row\n/)
      .slice(1)
      .map((t) => t.slice(0, t.indexOf(';') + 1));
    fs.writeFileSync(
      path.join(dir, 'data', '001_test.cypher'),
      `WITH ${source} AS source, {} AS common
UNWIND [{label: 'Person', id: 'test:runner:person', props: {name: 'Test Person'}, evidence: [{excerpt: 'Harris', at: [0, 6]}]}] AS row
${tails[0]}

WITH ${source} AS source, {} AS common
UNWIND [{type: 'MEMBER_OF', from: 'test:runner:person', to: 'test:runner:nowhere', props: {}, evidence: [{excerpt: 'Harris', at: [0, 6]}]}] AS row
${tails[1]}
`,
    );
    const error = await seed(getDriver(), { database: testDatabase(), cypherDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingReferenceError);
    expect((error as MissingReferenceError).missingId).toBe('test:runner:nowhere');
    const left = await getDriver().executeQuery(
      "MATCH (n) WHERE n.id STARTS WITH 'test:runner:person' RETURN count(n) AS n",
      {},
      { database: testDatabase() },
    );
    expect(left.records[0]!.get('n')).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
