/**
 * src/cli/run.ts as the tools use it: a Neo4j that does not answer gives every tool that connects the same
 * message (server, database, the fix) with the exit code its --help documents, and no stack trace. Nothing
 * listens on port 1, so no database is needed.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

const UNREACHABLE = 'bolt://127.0.0.1:1';

function cli(
  script: string,
  args: string[],
  extra: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('src/cli', script), ...args], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NEO4J_URI: UNREACHABLE,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: 'not-used-password',
        ...extra,
      },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const FIXTURES = path.join(PROJECT_ROOT, 'test', 'fixtures');

describe('connect-check-hint-exit (src/cli/run.ts)', () => {
  it.each<[string, string, string[], number]>([
    ['db', 'db.ts', ['migrate'], 1],
    ['keys', 'keys.ts', ['list'], 1],
    ['export', 'export.ts', ['--format', 'json'], 1],
    ['check-citations', 'check-citations.ts', [FIXTURES], 2],
    ['load', 'load.ts', [FIXTURES], 2],
    ['ingest', 'ingest.ts', [path.join(FIXTURES, 'ingest', 'synthetic-border-bulletin.yaml'), '--texts', FIXTURES], 1],
  ])(
    '%s (src/cli/%s %j): names the server and the fix, exits %d',
    async (name, script, args, exitCode) => {
      const r = await cli(script, args);
      expect(r.stderr).toContain(`${name}: cannot reach Neo4j at ${UNREACHABLE} (database "neo4j", user "neo4j")`);
      expect(r.stderr).toContain('Check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE.');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code).toBe(exitCode);
    },
    120_000,
  );

  it('a bad configuration value stops the tool before it connects, naming the key', async () => {
    const r = await cli('db.ts', ['migrate'], { PORT: 'not-a-port' });
    expect(r.stderr).toMatch(/^db: Invalid configuration:/);
    expect(r.stderr).toContain('PORT="not-a-port": expected a TCP port number');
    expect(r.stderr).not.toContain('cannot reach Neo4j');
    expect(r.code).toBe(1);
  }, 120_000);
});
