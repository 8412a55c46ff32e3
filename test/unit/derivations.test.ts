/**
 * Derived values say how (docs/ontology.md, Derivation keys): every derivation key the graph's
 * writers store has its sentence in src/ontology/derivations.ts, and every sentence there belongs
 * to a key some writer stores. The writers are read as they are: the keys in the time-bounds rule
 * (cypher/queries/time/bounds.cypher), in its TypeScript mirror, and in the access-path refresh.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ACCESS_DERIVATIONS, DERIVATIONS, describeDerivation, TIME_DERIVATIONS } from '../../src/ontology/derivations';
import type { JsonProperties } from '../../src/load/format';
import { timeBounds } from '../../src/load/time-bounds';

const cypher = (name: string): string => fs.readFileSync(path.join(__dirname, '../../cypher/queries', name), 'utf8');
const code = (text: string): string =>
  text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n');

describe('derivation keys', () => {
  it('map every key the time-bounds rule writes, and nothing else', () => {
    const written = [...code(cypher('time/bounds.cypher')).matchAll(/\{key: '([^']+)'/g)].map((m) => m[1]);
    expect(written.length).toBeGreaterThan(0);
    expect([...written].sort()).toEqual(Object.keys(TIME_DERIVATIONS).sort());
  });

  it('map every key the TypeScript mirror of the rule writes', () => {
    const cases: JsonProperties[] = [
      { date: '2021-05-03', datePrecision: 'day' },
      { validFrom: '2019-01-01', validTo: '2020-01-01', validToPrecision: 'year' },
      { knownFrom: '2019-01-01', knownTo: '2020-01-01', openEnded: false },
      { validFrom: '2019-01-01', knownFrom: '2019-01-01', knownTo: '2020-01-01', openEnded: true },
    ];
    expect(cases.map((p) => timeBounds(p)?.timeDerivation)).toEqual(Object.keys(TIME_DERIVATIONS));
  });

  it('map the key the access-path refresh writes, wherever it writes one', () => {
    const text = code(cypher('access/refresh.cypher'));
    const written = new Set([...text.matchAll(/accessDerivation = '([^']+)'/g)].map((m) => m[1]));
    expect(text.match(/accessDerivation =/g)?.length).toBeGreaterThan(1);
    expect([...written]).toEqual(Object.keys(ACCESS_DERIVATIONS));
    expect(code(cypher('access/verify.cypher'))).toContain(`'${Object.keys(ACCESS_DERIVATIONS)[0]}'`);
  });

  it('are documented once, each key with its sentence, in docs/ontology.md', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/ontology.md'), 'utf8');
    for (const [key, sentence] of Object.entries(DERIVATIONS))
      expect(doc).toMatch(new RegExp(`\\| \`${key}\` +\\| ${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +\\|`));
  });

  it('are short, and each sentence says more than its key', () => {
    for (const [key, sentence] of Object.entries(DERIVATIONS)) {
      expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(sentence.length).toBeGreaterThan(60);
    }
  });

  it('describe a stored key with its sentence, nothing for none, and an unknown key as unknown', () => {
    expect(describeDerivation('date')).toEqual({ key: 'date', description: TIME_DERIVATIONS.date });
    expect(describeDerivation(null)).toBeNull();
    expect(describeDerivation(undefined)).toBeNull();
    expect(describeDerivation('by hand')?.description).toMatch(/unknown derivation key "by hand"/);
  });
});
