import fs from 'node:fs';
import path from 'node:path';
import { boundedQuery, CYPHER_DIR, namedQuery, splitStatements } from '../../src/db/cypher-files';
import { RELATIONSHIP_TYPES } from '../../src/ontology/labels';

describe('splitStatements', () => {
  it('splits on semicolons and records the line each statement starts on', () => {
    const s = splitStatements('// header\nCREATE (a);\n\nMATCH (n)\nRETURN n;\n');
    expect(s).toEqual([
      { text: '// header\nCREATE (a)', line: 2 },
      { text: 'MATCH (n)\nRETURN n', line: 4 },
    ]);
  });

  it('keeps semicolons inside strings, backticks and comments', () => {
    const s = splitStatements(
      "CREATE (:A {t: 'a;b', u: \"c;d\", v: 'it\\'s;'});\nMATCH (`x;y`) /* ; */ RETURN 1; // trailing; comment\n",
    );
    expect(s).toHaveLength(2);
    expect(s[0]!.text).toContain("'a;b'");
    expect(s[0]!.text).toContain("'it\\'s;'");
    expect(s[1]!.text).toContain('`x;y`');
    expect(s[1]!.line).toBe(2);
  });

  it('drops comment-only chunks and a missing final semicolon is fine', () => {
    expect(splitStatements('// only a comment\n/* and another */\n')).toEqual([]);
    expect(splitStatements('RETURN 1')).toEqual([{ text: 'RETURN 1', line: 1 }]);
  });

  it('counts lines inside multi-line strings', () => {
    const s = splitStatements("RETURN 'a\nb';\nRETURN 2;");
    expect(s[1]).toEqual({ text: 'RETURN 2', line: 3 });
  });
});

describe('namedQuery', () => {
  it('loads every file in cypher/queries as exactly one statement', () => {
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.cypher') ? [path.join(dir, e.name)] : [],
        );
    const root = path.join(CYPHER_DIR, 'queries');
    const files = walk(root);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const name = path.relative(root, f).replace(/\.cypher$/, '');
      expect(namedQuery(name).length).toBeGreaterThan(0);
    }
  });

  it('refuses names that could escape the queries folder', () => {
    expect(() => namedQuery('../schema/x')).toThrow(/Invalid query name/);
  });
});

describe('boundedQuery with a relationship type', () => {
  it('writes the given type into every marked pattern of the relationships page', () => {
    const text = boundedQuery('entity/relationships-page', { type: 'HOLDS_OFFICE' });
    expect(text).not.toContain('PARTICIPATED_IN');
    expect(text.match(/:HOLDS_OFFICE\b/g)?.length).toBe(5);
  });

  it('refuses a type outside the ontology, so only ontology names ever reach the text', () => {
    expect(() => boundedQuery('entity/relationships-page', { type: 'X]-() DETACH DELETE n //' })).toThrow(
      /not one of the ontology's relationship types/,
    );
    expect(() => boundedQuery('entity/relationships-page', { type: 'participated_in' })).toThrow(/relationship types/);
  });

  it('says so when the query has no marker of that name', () => {
    expect(() => boundedQuery('entity/by-ids', { type: 'LEADS' })).toThrow(/no \/\*type\*\/ marker/);
  });
});

describe('entity/relationship-counts', () => {
  it("counts every one of the ontology's relationship types, each in both directions from the degree store", () => {
    const text = namedQuery('entity/relationship-counts');
    const listed = [
      ...text.matchAll(
        /\{type: '([A-Z_]+)', out: COUNT \{ \(n\)-\[:([A-Z_]+)\]->\(\) \}, in: COUNT \{ \(n\)<-\[:([A-Z_]+)\]-\(\) \}\}/g,
      ),
    ];
    for (const m of listed) expect([m[2], m[3]]).toEqual([m[1], m[1]]);
    expect(listed.map((m) => m[1]).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });
});
