import { checkExcerpts, ExcerptRecord, formatResult, isVerbatim, normalise, passed } from '../../src/citations/match';

const rec = (over: Partial<ExcerptRecord> = {}): ExcerptRecord => ({
  kind: 'node',
  element: "(:Entity:Person {id: 'person:x'})",
  property: 'excerpt',
  sourceId: 'source:a',
  excerpt: 'Mexico needs us',
  ...over,
});

describe('normalise', () => {
  it('folds typographic single quotes and primes to an apostrophe', () => {
    expect(normalise('Biden\u2019s \u2018x\u2019 5\u2032')).toBe("Biden's 'x' 5'");
  });
  it('folds typographic double quotes and double primes to a double quote', () => {
    expect(normalise('\u201Crescues\u201D 5\u2033')).toBe('"rescues" 5"');
  });
  it('folds en, em, hyphen, non-breaking hyphen and minus to a hyphen', () => {
    expect(normalise('a\u2013b\u2014c\u2010d\u2011e\u2212f')).toBe('a-b-c-d-e-f');
  });
  it('collapses whitespace runs, including newlines and no-break spaces, and trims', () => {
    expect(normalise('  one\n\n two\u00A0\tthree  ')).toBe('one two three');
  });
  it('composes accents (NFC) so decomposed and composed forms compare equal', () => {
    expect(normalise('Lo\u0301pez')).toBe(normalise('L\u00F3pez'));
  });
  it('keeps case and other characters', () => {
    expect(normalise('AMLO López')).toBe('AMLO López');
  });
});

describe('isVerbatim', () => {
  const text = 'Harris \u2014 his party\u2019s heir apparent \u2014 with\nleading an “international” effort';
  it('finds an excerpt typed with ASCII quotes, dashes and different spacing', () => {
    expect(isVerbatim('Harris - his party\'s heir apparent -  with leading an "international"', text)).toBe(true);
  });
  it('rejects a changed word', () => {
    expect(isVerbatim("his party's heir presumptive", text)).toBe(false);
  });
  it('is case-sensitive', () => {
    expect(isVerbatim('HARRIS', text)).toBe(false);
  });
  it('rejects a blank excerpt', () => {
    expect(isVerbatim('  \n ', text)).toBe(false);
  });
});

describe('checkExcerpts', () => {
  const texts: Record<string, string> = { 'a.txt': '\u201CWe need Mexico, and Mexico needs us,\u201D Gonzalez said.' };
  const read = jest.fn((f: string) => texts[f] ?? null);
  beforeEach(() => read.mockClear());

  it('verifies matching excerpts and passes', () => {
    const r = checkExcerpts(
      [rec(), rec({ excerpt: '"We need Mexico, and Mexico needs us," Gonzalez said.' })],
      [{ id: 'source:a', textFile: 'a.txt' }],
      read,
    );
    expect(r).toMatchObject({ checked: 2, verified: 2, problems: [], sourceProblems: [] });
    expect(passed(r)).toBe(true);
  });

  it('reads each source text once', () => {
    checkExcerpts([rec(), rec(), rec()], [{ id: 'source:a', textFile: 'a.txt' }], read);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reports each kind of failure with its element, property and excerpt', () => {
    const r = checkExcerpts(
      [
        rec({ excerpt: 'Mexico needs them' }),
        rec({ excerpt: '' }),
        rec({ excerpt: 42 }),
        rec({ sourceId: null }),
        rec({ sourceId: 'source:nope' }),
        rec({ sourceId: 'source:b', kind: 'relationship', element: "(a)-[:SAID_BY {id: 'r1'}]->(b)" }),
      ],
      [
        { id: 'source:a', textFile: 'a.txt' },
        { id: 'source:b', textFile: 'b.txt' },
      ],
      read,
    );
    expect(r.checked).toBe(6);
    expect(r.verified).toBe(0);
    expect(r.problems.map((p) => p.reason)).toEqual([
      'not-found',
      'empty-excerpt',
      'empty-excerpt',
      'missing-source-id',
      'unknown-source',
      'source-text-unavailable',
    ]);
    expect(r.problems[5]).toMatchObject({ element: "(a)-[:SAID_BY {id: 'r1'}]->(b)", property: 'excerpt' });
    expect(r.sourceProblems).toEqual([{ sourceId: 'source:b', textFile: 'b.txt', reason: 'file-missing' }]);
    expect(passed(r)).toBe(false);
  });

  it('reports a Source without a textFile property', () => {
    const r = checkExcerpts([], [{ id: 'source:c', textFile: null }], read);
    expect(r.sourceProblems).toEqual([{ sourceId: 'source:c', textFile: null, reason: 'no-text-file-property' }]);
    expect(passed(r)).toBe(false);
  });

  it('formats a report naming the element, the property, the excerpt and the count checked', () => {
    const r = checkExcerpts(
      [rec({ excerpt: 'Mexico needs them' }), rec()],
      [{ id: 'source:a', textFile: 'a.txt' }],
      read,
    );
    const out = formatResult(r, '/sources').join('\n');
    expect(out).toContain("(:Entity:Person {id: 'person:x'}) .excerpt (source source:a)");
    expect(out).toContain('"Mexico needs them"');
    expect(out).toMatch(/Checked 2 excerpts: 1 verified, 1 not verified\.$/);
  });
});
