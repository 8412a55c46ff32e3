import fs from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR, namedQuery, splitStatements } from '../../src/db/cypher-files';

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
