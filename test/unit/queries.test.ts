/**
 * The query catalogue (src/db/queries/) against the files it declares: every file in
 * cypher/queries declared exactly once, no declaration without a file, and each
 * declaration's parameter names exactly the `$param`s its file uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR } from '../../src/db/cypher-files';
import { Graph } from '../../src/db/driver';
import { ALL_QUERIES, curation, declaredQuery, graph, health, research } from '../../src/db/queries';
import { linkageQuery } from '../../src/db/queries/graph';
import { defineQuery, queryParams, queryText } from '../../src/db/query';

const QUERIES = path.join(CYPHER_DIR, 'queries');

function queryFiles(dir = QUERIES): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? queryFiles(path.join(dir, e.name))
        : e.name.endsWith('.cypher')
          ? [path.relative(QUERIES, path.join(dir, e.name)).replace(/\.cypher$/, '')]
          : [],
    );
}

/**
 * The parameter names a Cypher text uses, each once, in order of first use. Comments,
 * string literals and backtick identifiers are skipped: a `$x` inside them is text.
 */
function cypherParameters(text: string): string[] {
  let code = '';
  for (let i = 0; i < text.length;) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      code += ' ';
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' && ch !== '`' ? 2 : 1;
      i = j + 1;
      code += ' ';
    } else {
      code += ch;
      i++;
    }
  }
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}

describe('cypherParameters (the test’s own reading of a file)', () => {
  it('finds $params in code and skips comments, strings and backtick names', () => {
    const text = [
      '// $inLineComment',
      '/* $inBlock */ MATCH (n {id: $id}) WHERE n.x = \'$inString\' AND n.y = "it\\"s $quoted"',
      'SET n:$($labels) RETURN n.`$odd` AS v, $id + $limit',
    ].join('\n');
    expect(cypherParameters(text)).toEqual(['id', 'labels', 'limit']);
  });
});

describe('the query catalogue', () => {
  const files = queryFiles().sort();
  const declared = ALL_QUERIES.map((q) => q.name);

  it('declares every file in cypher/queries exactly once', () => {
    expect(files.length).toBeGreaterThan(100);
    const counts = new Map<string, number>();
    for (const name of declared) counts.set(name, (counts.get(name) ?? 0) + 1);
    expect(files.filter((f) => counts.get(f) !== 1)).toEqual([]);
    expect([...counts].filter(([, n]) => n > 1).map(([name]) => name)).toEqual([]);
  });

  it('declares no query that has no file', () => {
    expect(declared.filter((name) => !fs.existsSync(path.join(QUERIES, `${name}.cypher`)))).toEqual([]);
  });

  it.each(files)("%s: the declaration's parameters are the file's $params", (name) => {
    const text = fs.readFileSync(path.join(QUERIES, `${name}.cypher`), 'utf8');
    expect([...declaredQuery(name).params].sort()).toEqual(cypherParameters(text).sort());
  });

  it('refuses a name that is not declared', () => {
    expect(() => declaredQuery('research/no-such-query')).toThrow(/No declared query "research\/no-such-query"/);
  });

  it('a declaration of a missing file fails when its text is asked for', () => {
    const ghost = defineQuery<{ id: string }>('research/no-such-file', ['id']);
    expect(() => queryText(ghost)).toThrow(/no-such-file\.cypher/);
  });
});

describe('running a declared query', () => {
  it('sends the file’s statement, its marked caps lowered by bounds', () => {
    expect(queryText(health.ping)).toMatch(/RETURN 1 AS ok/);
    const full = queryText(graph.linkagePaths);
    expect(full).toContain('/*maxHops*/6');
    expect(queryText(graph.linkagePaths, { maxHops: 3 })).toBe(full.replace('/*maxHops*/6', '3'));
  });

  it('converts whole numbers to integers, unless the declaration takes parameters as given', () => {
    const converted = queryParams(research.quotes, { speaker: null, subject: 'country:mx', limit: 100 });
    expect(neo4j.isInt(converted.limit)).toBe(true);
    const given = queryParams(curation.putEvidence, { rows: [{ id: 'e', set: { confidence: 1 } }] });
    expect(given).toEqual({ rows: [{ id: 'e', set: { confidence: 1 } }] });
    expect(curation.putEvidence.asGiven).toBe(true);
    expect(research.quotes.asGiven).toBe(false);
  });

  it('takes only declared queries: a name as a string is a type error', () => {
    // Never called: `npm run typecheck` fails if the string form compiles again.
    const typeOnly = (g: Graph) => {
      // @ts-expect-error a query is run by its declaration, never by a name
      void g.read('research/timeline', {});
      // @ts-expect-error a declared query's parameters are checked
      void g.read(research.quotes, { speaker: null });
    };
    expect(typeof typeOnly).toBe('function');
  });
});

describe('linkageQuery: the one linkage-paths parameter object', () => {
  it('fills every absent filter with "any" and turns maxHops into a bound', () => {
    const { params, bounds } = linkageQuery({ from: 'a', to: 'b', k: 5, maxHops: 4 });
    expect(bounds).toEqual({ maxHops: 4 });
    expect(Object.keys(params).sort()).toEqual([...graph.linkagePaths.params].sort());
    expect(params).toMatchObject({
      from: 'a',
      to: 'b',
      k: 5,
      includeTypes: null,
      excludeTypes: null,
      minConfidence: 0,
      windowFrom: null,
      windowTo: null,
      timeRespecting: false,
      exclude: [],
      minSources: null,
      attributions: null,
      statuses: null,
      disputed: null,
    });
  });

  it('keeps the filters it is given', () => {
    const { params } = linkageQuery({ from: 'a', to: 'b', k: 1, maxHops: 2, minConfidence: 0.5, exclude: ['c'] });
    expect(params.minConfidence).toBe(0.5);
    expect(params.exclude).toEqual(['c']);
  });
});
