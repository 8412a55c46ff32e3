import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherScriptError, migrate, seed } from '../../src/db/runner';
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
});
