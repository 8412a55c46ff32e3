/**
 * The project's commands as a user runs them: `tsx src/cli/<name>.ts …` in a child
 * process with the project root as its working directory. Tests never import a CLI's
 * module instead, so what they check includes argument parsing, output and exit codes.
 */
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { testEnv } from './env';

export const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `tsx <script> …args` to its end (default environment: the test database's). */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = testEnv()): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, ...args], { cwd: PROJECT_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A long-running command (the server, a loader) the test watches and signals. */
export interface RunningCli {
  child: ChildProcess;
  exited: Promise<number | null>;
  /** Resolves when stdout matches; rejects if the process exits first or `timeoutMs` passes. */
  until(pattern: RegExp, timeoutMs?: number): Promise<void>;
  out(): string;
  err(): string;
  /** Signal the whole process group (detached only), as a terminal's Ctrl-C or a supervisor would. */
  signal(sig: NodeJS.Signals): void;
}

/**
 * Start `tsx …args`. `detached` puts it in a process group of its own, so a signal reaches
 * tsx and the node process under it alike.
 */
export function startCli(args: string[], env: NodeJS.ProcessEnv, options: { detached?: boolean } = {}): RunningCli {
  const child = spawn(TSX, args, { cwd: PROJECT_ROOT, env, detached: options.detached ?? false });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    out: () => out,
    err: () => err,
    signal: (sig) => {
      if (!options.detached) throw new Error('signal() needs a detached process (startCli(…, { detached: true }))');
      process.kill(-child.pid!, sig);
    },
    until: (pattern, timeoutMs = 120_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${pattern}:\n${out}\n${err}`)),
          timeoutMs,
        );
        const check = (): void => {
          if (pattern.test(out)) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout.on('data', check);
        check();
        void exited.then(() => {
          clearTimeout(timer);
          if (!pattern.test(out)) reject(new Error(`exited before ${pattern}:\n${out}\n${err}`));
        });
      }),
  };
}
