/**
 * The openCypher rewrite on Neo4j's grammar (no database): what is refused, what is
 * translated, and that strings, escaped names and comments are left alone.
 */
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/config';
import { OpenCypherError } from '../../src/opencypher/errors';
import { displayLabels, HIDDEN_LABELS, SECRET_LABELS } from '../../src/opencypher/labels';
import { originAllowed } from '../../src/opencypher/http';
import { rewriteQuery } from '../../src/opencypher/rewrite';

/** The exclusion an unlabelled node pattern gets: every hidden label (src/opencypher/labels.ts). */
const HIDDEN = `:!(${HIDDEN_LABELS.map((l) => `\`${l}\``).join('|')})`;

/** What a labelled node pattern gets: none of the secret labels (API keys), whatever it names. */
const SECRET = SECRET_LABELS.map((l) => `&!\`${l}\``).join('');

function refusal(query: string): { code: string; message: string } {
  try {
    rewriteQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(OpenCypherError);
    return { code: (error as OpenCypherError).code, message: (error as OpenCypherError).detailedMessage };
  }
  throw new Error(`expected a refusal of: ${query}`);
}

describe('rewriteQuery', () => {
  it('translates id() onto the graph id in every form graph-explorer sends', () => {
    expect(rewriteQuery('MATCH (v) WHERE ID(v) = "person:x" RETURN v')).toBe(
      'MATCH (v' + HIDDEN + ') WHERE coalesce((v).id, elementId(v)) = "person:x" RETURN v',
    );
    expect(rewriteQuery('MATCH (v) WHERE toString(id(v)) CONTAINS "x" RETURN v ORDER BY toInteger(ID(v))')).toBe(
      'MATCH (v' +
        HIDDEN +
        ') WHERE toString(coalesce((v).id, elementId(v))) CONTAINS "x" RETURN v ORDER BY toInteger(coalesce((v).id, elementId(v)))',
    );
    expect(rewriteQuery('MATCH ()-[edge]-() WHERE ID(edge) in ["a","b"] RETURN edge')).toBe(
      'MATCH (' +
        HIDDEN +
        ')-[edge]-(' +
        HIDDEN +
        ') WHERE coalesce((edge).id, elementId(edge)) in ["a","b"] RETURN edge',
    );
  });

  it('shows labels() without :Entity, and keeps the column names the client wrote', () => {
    expect(rewriteQuery('MATCH (v) RETURN labels(v) AS label')).toBe(
      'MATCH (v' +
        HIDDEN +
        ") RETURN [__label IN labels(v) WHERE NOT __label IN ['Entity'] OR all(__other IN labels(v) WHERE __other IN ['Entity'])] AS label",
    );
    expect(rewriteQuery('MATCH (v:Person) RETURN id(v), v.name')).toBe(
      'MATCH (v:(Person)' + SECRET + ') RETURN coalesce((v).id, elementId(v)) AS `id(v)`, v.name',
    );
  });

  it('leaves string literals, escaped names, comments and namespaced functions alone', () => {
    const query =
      'MATCH (v:`we``ird`) WHERE v.note = \'id(v) (x) // no\' AND v.`id(v)` = "labels(v)" /* id(v) */ // id(v)\nRETURN apoc.id(v) AS a';
    expect(rewriteQuery(query)).toBe(query.replace(':`we``ird`', ':(`we``ird`)' + SECRET));
  });

  it('adds the hidden-label exclusion to unlabelled node patterns only, wherever they are', () => {
    expect(
      rewriteQuery('MATCH (v {name: "x"})--(:Person) WHERE EXISTS { (v)-->() } RETURN [(v)--(w) | w.name] AS n'),
    ).toBe(
      'MATCH (v' +
        HIDDEN +
        ' {name: "x"})--(:(Person)' +
        SECRET +
        ') WHERE EXISTS { (v' +
        HIDDEN +
        ')-->(' +
        HIDDEN +
        ') } RETURN [(v' +
        HIDDEN +
        ')--(w' +
        HIDDEN +
        ') | w.name] AS n',
    );
    expect(rewriteQuery('MATCH (e:Evidence) RETURN e')).toBe('MATCH (e:(Evidence)' + SECRET + ') RETURN e');
  });

  it('keeps API keys out of every node pattern, whatever labels it names (by name, wildcard, negation or IS)', () => {
    expect(SECRET).toBe('&!`ApiKey`');
    expect(rewriteQuery('MATCH (k:ApiKey) RETURN k')).toBe('MATCH (k:(ApiKey)&!`ApiKey`) RETURN k');
    expect(rewriteQuery('MATCH (k:%) RETURN k')).toBe('MATCH (k:(%)&!`ApiKey`) RETURN k');
    expect(rewriteQuery('MATCH (k:!Evidence) RETURN k')).toBe('MATCH (k:(!Evidence)&!`ApiKey`) RETURN k');
    expect(rewriteQuery('MATCH (k IS Entity|ApiKey) RETURN k')).toBe('MATCH (k IS (Entity|ApiKey)&!`ApiKey`) RETURN k');
  });

  it.each([
    ["CREATE (n:Entity {id: 'x'})", 'CREATE'],
    ["MERGE (n:Entity {id: 'x'}) RETURN n", 'MERGE'],
    ['MATCH (n) SET n.x = 1', 'SET'],
    ['MATCH (n) DETACH DELETE n', 'DELETE'],
    ['MATCH (n) REMOVE n.x', 'REMOVE'],
    ['MATCH (n) FOREACH (x IN [1] | SET n.a = x)', 'FOREACH'],
    ['CALL { MATCH (n) DELETE n }', 'DELETE'],
  ])('refuses a write as read-only: %s', (query, clause) => {
    const { code, message } = refusal(query);
    expect(code).toBe('ReadOnlyViolationException');
    expect(message).toContain(clause);
  });

  it.each([
    ['CALL db.labels()', 'Procedure calls'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", 'LOAD CSV'],
    ['USE system MATCH (n) RETURN n', 'USE'],
    ['SHOW DATABASES', 'SHOW'],
    ['CREATE USER x SET PASSWORD "abcdefgh"', 'Administration'],
    ['CALL () { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', 'IN TRANSACTIONS'],
  ])('refuses what is not a plain read: %s', (query, what) => {
    const { code, message } = refusal(query);
    expect(code).toBe('UnsupportedOperationException');
    expect(message).toContain(what);
  });

  it('names the line and column of a syntax error, and refuses empty input and several statements', () => {
    expect(refusal('MATCH (v)\nWHERE v.name = \nRETURN v')).toEqual({
      code: 'MalformedQueryException',
      // Keywords can be variable names, so `RETURN` is read as one and `v` is what does not fit.
      message: expect.stringMatching(/^Invalid syntax at line 3, column 8: extraneous input 'v'/),
    });
    expect(refusal('   ').code).toBe('BadRequestException');
    expect(refusal('RETURN 1; RETURN 2').code).toBe('BadRequestException');
  });
});

describe('displayLabels', () => {
  it('drops the structural label when a specific one is there, and keeps it when it is all there is', () => {
    expect(displayLabels(['Entity', 'Person'])).toEqual(['Person']);
    expect(displayLabels(['Person', 'Entity'])).toEqual(['Person']);
    expect(displayLabels(['Entity'])).toEqual(['Entity']);
    expect(displayLabels(['Source'])).toEqual(['Source']);
  });
});

describe('originAllowed', () => {
  const defaults = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];
  it('allows this machine on any port by default, and nothing else', () => {
    for (const origin of ['http://localhost:5173', 'http://localhost', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
      expect(originAllowed(origin, defaults)).toBe(true);
    }
    for (const origin of ['http://localhost.evil.example', 'https://localhost:5173', 'http://10.0.0.5:5173', 'null']) {
      expect(originAllowed(origin, defaults)).toBe(false);
    }
  });

  it('matches exact origins and *', () => {
    expect(originAllowed('https://ge.example.org', ['https://ge.example.org'])).toBe(true);
    expect(originAllowed('https://ge.example.org:444', ['https://ge.example.org'])).toBe(false);
    expect(originAllowed('https://anything.example', ['*'])).toBe(true);
    expect(originAllowed('http://localhost:5173', [])).toBe(false);
  });
});

describe('the generated parser', () => {
  it('was generated from the grammar of the installed @neo4j-cypher/language-support (npm run cypher:parser)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/cypher-parser.ts', '--check'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Parser is up to date with @neo4j-cypher\/language-support@/);
    expect(result.status).toBe(0);
  });
});
