import { createHash } from 'node:crypto';
import {
  checkExcerpts,
  ExcerptRecord,
  formatResult,
  isVerbatim,
  locate,
  normalise,
  passed,
} from '../../src/citations/match';

// A synthetic text (not from any real source): typographic quotes, a dash, an accent, and an
// astral character (two UTF-16 units, one code point) before the excerpts, so code-point offsets
// and UTF-16 indexes differ.
const TEXT =
  '\u{1F4F0} \u201CWe need Mexico, and Mexico needs us,\u201D Gonz\u00E1lez said \u2014 and Mexico needs us.';
// "Mexico needs us" occurs twice; its code-point spans (what Python's text[start:end] takes):
const FIRST = { start: 23, end: 38 };
const SECOND = { start: 61, end: 76 };

const rec = (over: Partial<ExcerptRecord> = {}): ExcerptRecord => ({
  evidenceId: 'person:x|source:a|23-38',
  fact: "(:Person {id: 'person:x'})",
  sourceId: 'source:a',
  excerpt: 'Mexico needs us',
  textStart: FIRST.start,
  textEnd: FIRST.end,
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

describe('locate', () => {
  it('finds every occurrence, as code-point spans of the raw text', () => {
    expect(locate('Mexico needs us', TEXT)).toEqual([FIRST, SECOND]);
    expect(Array.from(TEXT).slice(FIRST.start, FIRST.end).join('')).toBe('Mexico needs us');
    expect(Array.from(TEXT).slice(SECOND.start, SECOND.end).join('')).toBe('Mexico needs us');
  });
});

describe('checkExcerpts', () => {
  const texts: Record<string, string> = { 'a.txt': TEXT };
  const read = jest.fn((f: string) => texts[f] ?? null);
  const sha = (t: string): string => createHash('sha256').update(t, 'utf8').digest('hex');
  beforeEach(() => read.mockClear());

  it('verifies excerpts that are verbatim at their offsets, whichever occurrence they point at', () => {
    const quoted = '"We need Mexico, and Mexico needs us," Gonzalez said';
    const [quoteAt] = locate(quoted.replace('Gonzalez', 'González'), TEXT);
    const r = checkExcerpts(
      [
        rec(),
        rec({ evidenceId: 'second', textStart: SECOND.start, textEnd: SECOND.end }),
        rec({ excerpt: quoted.replace('Gonzalez', 'González'), textStart: quoteAt!.start, textEnd: quoteAt!.end }),
      ],
      [{ id: 'source:a', textFile: 'a.txt', textSha256: sha(TEXT) }],
      read,
      sha,
    );
    expect(r).toMatchObject({ checked: 3, verified: 3, problems: [], sourceProblems: [] });
    expect(passed(r)).toBe(true);
  });

  it('reads each source text once', () => {
    checkExcerpts([rec(), rec(), rec()], [{ id: 'source:a', textFile: 'a.txt' }], read);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('fails a verbatim excerpt whose offsets point elsewhere, and says where it is', () => {
    const r = checkExcerpts(
      [rec({ textStart: FIRST.start + 1, textEnd: FIRST.end + 1 }), rec({ textStart: 0, textEnd: 15 })],
      [{ id: 'source:a', textFile: 'a.txt' }],
      read,
    );
    expect(r.verified).toBe(0);
    expect(r.problems.map((p) => [p.reason, p.foundAt])).toEqual([
      ['wrong-offsets', [FIRST, SECOND]],
      ['wrong-offsets', [FIRST, SECOND]],
    ]);
    const out = formatResult(r, '/sources').join('\n');
    expect(out).toContain(
      "NOT VERIFIED  evidence 'person:x|source:a|23-38' of (:Person {id: 'person:x'}) (source source:a)",
    );
    expect(out).toContain('recorded at [24, 39); found at [23, 38), [61, 76)');
  });

  it('fails a record without offsets, or with offsets that are not whole numbers', () => {
    const r = checkExcerpts(
      [rec({ textStart: null, textEnd: null }), rec({ textStart: 1.5 }), rec({ textStart: 40, textEnd: 30 })],
      [{ id: 'source:a', textFile: 'a.txt' }],
      read,
    );
    expect(r.problems.map((p) => p.reason)).toEqual(['missing-offsets', 'missing-offsets', 'missing-offsets']);
    expect(r.problems[0]!.foundAt).toEqual([FIRST, SECOND]);
  });

  it('reports each other kind of failure with its record, fact and excerpt', () => {
    const rel = "(a)-[:SAID_BY {id: 'r1'}]->(b)";
    const r = checkExcerpts(
      [
        rec({ excerpt: 'Mexico needs them' }),
        rec({ excerpt: '' }),
        rec({ excerpt: 42 }),
        rec({ sourceId: null }),
        rec({ sourceId: 'source:nope' }),
        rec({ sourceId: 'source:b', fact: rel }),
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
    expect(r.problems[5]).toMatchObject({ fact: rel, evidenceId: 'person:x|source:a|23-38' });
    expect(r.sourceProblems).toEqual([{ sourceId: 'source:b', textFile: 'b.txt', reason: 'file-missing' }]);
    expect(passed(r)).toBe(false);
  });

  it('reports a Source without a textFile property', () => {
    const r = checkExcerpts([], [{ id: 'source:c', textFile: null }], read);
    expect(r.sourceProblems).toEqual([{ sourceId: 'source:c', textFile: null, reason: 'no-text-file-property' }]);
    expect(passed(r)).toBe(false);
  });

  it('reports a source text that is not the one recorded (its SHA-256 differs)', () => {
    const r = checkExcerpts(
      [rec()],
      [{ id: 'source:a', textFile: 'a.txt', textSha256: sha('another text') }],
      read,
      sha,
    );
    expect(r.verified).toBe(1);
    expect(r.sourceProblems).toEqual([{ sourceId: 'source:a', textFile: 'a.txt', reason: 'text-changed' }]);
    expect(passed(r)).toBe(false);
    expect(formatResult(r, '/sources').join('\n')).toMatch(
      /CHANGED SOURCE TEXT {2}source:a: a\.txt[\s\S]*1 source text\(s\) changed\.$/,
    );
  });

  it('formats a report naming the record, the fact, the excerpt and the count checked', () => {
    const r = checkExcerpts(
      [rec({ excerpt: 'Mexico needs them' }), rec()],
      [{ id: 'source:a', textFile: 'a.txt' }],
      read,
    );
    const out = formatResult(r, '/sources').join('\n');
    expect(out).toContain("evidence 'person:x|source:a|23-38' of (:Person {id: 'person:x'}) (source source:a)");
    expect(out).toContain('"Mexico needs them"');
    expect(out).toMatch(/Checked 2 excerpts: 1 verified, 1 not verified\.$/);
  });
});
