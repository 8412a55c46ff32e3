/**
 * Reading Cypher from the `cypher/` folder: scripts split into statements (with
 * the line each starts on, so errors can point at it) and named queries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { RELATIONSHIP_TYPES } from '../ontology/labels';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

export interface Statement {
  /** The statement text without its terminating semicolon. */
  text: string;
  /** 1-based line in the file where the statement's first non-blank character is. */
  line: number;
}

/**
 * Split a script into statements on `;` outside strings, identifiers and comments.
 *
 * Cypher has no client-side statement separator, so this mirrors cypher-shell's
 * rules: quotes ('...', "...") with backslash escapes, backtick identifiers
 * (`` `a;b` ``), `//` line comments and `/* *\/` block comments. Comment-only
 * chunks are dropped so a trailing comment is not sent as an empty statement.
 */
export function splitStatements(script: string): Statement[] {
  const statements: Statement[] = [];
  let current = '';
  let startLine = 1;
  let line = 1;
  let hasCode = false;
  let i = 0;
  const push = (): void => {
    if (hasCode) statements.push({ text: current.trim(), line: startLine });
    current = '';
    hasCode = false;
  };
  while (i < script.length) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (ch === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      const stop = end === -1 ? script.length : end;
      current += script.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      const stop = end === -1 ? script.length : end + 2;
      const chunk = script.slice(i, stop);
      line += chunk.split('\n').length - 1;
      current += chunk;
      i = stop;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      if (!hasCode) {
        hasCode = true;
        startLine = line;
      }
      let j = i + 1;
      while (j < script.length && script[j] !== ch) {
        if (script[j] === '\\' && ch !== '`') j++;
        j++;
      }
      const chunk = script.slice(i, Math.min(j + 1, script.length));
      line += chunk.split('\n').length - 1;
      current += chunk;
      i = j + 1;
      continue;
    }
    if (ch === ';') {
      push();
      i++;
      continue;
    }
    if (ch === '\n') line++;
    if (!hasCode && !/\s/.test(ch)) {
      hasCode = true;
      startLine = line;
    }
    current += ch;
    i++;
  }
  push();
  return statements;
}

export interface ScriptFile {
  /** Path relative to the project root, for messages. */
  name: string;
  statements: Statement[];
}

/** The `.cypher` files of a folder under `cypher/`, in file-name order. */
export function readScriptFolder(folder: string, root: string = CYPHER_DIR): ScriptFile[] {
  const dir = path.join(root, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const full = path.join(dir, f);
      return {
        name: path.relative(PROJECT_ROOT, full),
        statements: splitStatements(fs.readFileSync(full, 'utf8')),
      };
    });
}

const queryCache = new Map<string, string>();

/**
 * A named query from `cypher/queries/<name>.cypher`. One statement per file, so
 * a researcher can paste the file into cypher-shell or a notebook unchanged.
 */
export function namedQuery(name: string): string {
  let text = queryCache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9][a-z0-9\-/]*$/.test(name)) {
      throw new Error(`Invalid query name "${name}"`);
    }
    const file = path.join(CYPHER_DIR, 'queries', `${name}.cypher`);
    const statements = splitStatements(fs.readFileSync(file, 'utf8'));
    if (statements.length !== 1) {
      throw new Error(
        `${path.relative(PROJECT_ROOT, file)} must hold exactly one statement, found ${statements.length}`,
      );
    }
    text = statements[0]!.text;
    queryCache.set(name, text);
  }
  return text;
}

/**
 * A named query with some of its literals specialised: numeric bounds lowered, or a
 * relationship type chosen.
 *
 * Neo4j 5.26 accepts no parameter as a quantifier bound (`{1,6}`) or as the k of
 * `SHORTEST k`, yet searching to the cap when the caller wants fewer hops or paths
 * costs orders of magnitude more on large graphs. Such a literal is marked in the
 * file with a comment, e.g. `{1,/*maxHops*\/6}`: the literal is
 * the cap (the file runs as is in cypher-shell), and a bound given here may only
 * lower it. Only whole numbers in [1, cap] are ever written into the text, so the
 * statement stays one of a small, fixed set — never text from user input.
 *
 * Likewise a relationship type written in a pattern, e.g. `[r:/*type*\/PARTICIPATED_IN]`:
 * a type given as a value (`[r:$(type)]`) plans as an expand of every relationship of
 * the node followed by a filter, and a count of them as that expand rather than the
 * degree store's getDegree, so a hub's page or degree would cost its whole degree. The
 * type given here must be one of the ontology's RELATIONSHIP_TYPES (a fixed set of
 * names, never user text), and replaces every marked type.
 */
export function boundedQuery(name: string, bounds: Record<string, number | string>): string {
  const key = `${name}?${Object.entries(bounds)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&')}`;
  let text = queryCache.get(key);
  if (text === undefined) {
    text = namedQuery(name);
    for (const [bound, value] of Object.entries(bounds)) {
      let found = false;
      if (typeof value === 'string') {
        if (!(RELATIONSHIP_TYPES as readonly string[]).includes(value)) {
          throw new Error(`${name}: ${bound}=${JSON.stringify(value)} is not one of the ontology's relationship types`);
        }
        text = text.replace(new RegExp(`/\\*${bound}\\*/[A-Z_]+`, 'g'), () => {
          found = true;
          return value;
        });
      } else {
        const marker = new RegExp(`/\\*${bound}\\*/(\\d+)`, 'g');
        text = text.replace(marker, (_, cap: string) => {
          found = true;
          if (!Number.isInteger(value) || value < 1 || value > Number(cap)) {
            throw new Error(`${name}: bound ${bound}=${value} is outside 1..${cap}`);
          }
          return String(value);
        });
      }
      if (!found) throw new Error(`${name} has no /*${bound}*/ marker`);
    }
    queryCache.set(key, text);
  }
  return text;
}
