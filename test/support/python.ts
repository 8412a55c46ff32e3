/**
 * The notebooks' Python (notebooks/.venv, made by `npm run notebooks:setup`, which
 * .ci/run runs before the tests) for tests that check files with networkx or
 * execute the notebooks.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

export const VENV_PYTHON = path.join(PROJECT_ROOT, 'notebooks', '.venv', 'bin', 'python');

/** Fails the calling test with what to do when the virtual environment is missing. */
export function requireVenv(): string {
  if (!fs.existsSync(VENV_PYTHON)) {
    throw new Error(
      `${path.relative(PROJECT_ROOT, VENV_PYTHON)} is missing: run \`npm run notebooks:setup\` once ` +
        '(it creates notebooks/.venv from notebooks/requirements.txt; .ci/run does this before npm test).',
    );
  }
  return VENV_PYTHON;
}

export interface PythonResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the venv's Python on a script (`-c`) or a file, with extra environment. */
export function runPython(args: string[], env: Record<string, string> = {}, cwd = PROJECT_ROOT): Promise<PythonResult> {
  const python = requireVenv();
  return new Promise((resolve, reject) => {
    const child = spawn(python, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Run a Python snippet that prints one JSON value; returns it parsed (fails with Python's stderr). */
export async function pythonJson<T = unknown>(script: string, ...argv: string[]): Promise<T> {
  const r = await runPython(['-c', script, ...argv]);
  if (r.code !== 0) throw new Error(`python exited ${r.code}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
