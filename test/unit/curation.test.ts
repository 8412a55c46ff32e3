/**
 * The pure parts of curation (no database): a mutation's document checked by the ingest's
 * shape rules, input paths, the journal's JSON of a state, and stored values rebuilt from it.
 */
import neo4j from 'neo4j-driver';
import { ChangeSet } from '../../src/curation/journal';
import { dateTime, EntityState, parseState, stateJson, toStoredProperties } from '../../src/curation/state';
import { compact, entityPaths, formatPath, statementPaths } from '../../src/curation/validation';
import { checkShape, validateEntityUpdate } from '../../src/ingest/document';

describe('a mutation document in the ingest format', () => {
  it('needs no source section when it cites a registered source, and may be a source alone', () => {
    const statement = { node: 'person:x', evidence: [{ excerpt: 'words' }] };
    expect(checkShape({ statements: [statement] }, { sourceSection: false }).issues).toEqual([]);
    expect(checkShape({ statements: [statement] }).issues.map((i) => i.message)).toContain(
      'the file needs a "source" section (its metadata and text)',
    );
    const source = {
      id: 'source:a',
      title: 'T',
      publisher: 'P',
      date: '2021-05-10',
      datePrecision: 'day',
      kind: 'report',
      language: 'en',
      text: 'a.txt',
    };
    expect(checkShape({ source }, { allowEmpty: true }).issues).toEqual([]);
    expect(checkShape({ source }).issues.map((i) => i.message)).toContain(
      'the file has no entities and no statements: nothing to add',
    );
  });

  it('checks a correction with the entity rules of the ingest (dates with precision, first day of the unit)', () => {
    const base = { label: 'Person', id: 'person:x', name: 'X' };
    expect(validateEntityUpdate(base)).toEqual([]);
    expect(validateEntityUpdate({ ...base, date: '2021-03-15', datePrecision: 'month' })).toEqual([
      {
        path: ['date'],
        message:
          'a date is stored as the first day of its unit: a month-precision date of 2021-03-15 is written 2021-03-01 (docs/ontology.md, "Time")',
      },
    ]);
    expect(validateEntityUpdate({ ...base, date: '2021-03-01' })[0]!.message).toBe(
      'date needs datePrecision (day, week, month, year, decade)',
    );
    expect(validateEntityUpdate({ ...base, properties: { timeStart: 'x' } })[0]!.message).toMatch(/cannot be set/);
  });

  it('names input paths, not file paths', () => {
    expect(formatPath(['input', ...statementPaths(['statements', 0, 'evidence', 2, 'excerpt'])])).toBe(
      'input.evidence[2].excerpt',
    );
    expect(formatPath(['input', ...statementPaths(['statements', 0, 'relationship'])])).toBe('input.type');
    expect(formatPath(['input', ...statementPaths(['source', 'text'])])).toBe('input.sourceId');
    expect(formatPath(['input', ...entityPaths(['entities', 0, 'date'])])).toBe('input.date');
  });

  it('drops the nulls GraphQL gives for absent fields', () => {
    expect(compact({ a: null, b: [{ c: undefined, d: 1 }], e: 'x' })).toEqual({ b: [{ d: 1 }], e: 'x' });
  });
});

describe('the journal', () => {
  const principal = { keyId: 'abc123abc123', holder: 'Ana', role: 'editor' as const };
  const state = (description?: string): EntityState => ({
    kind: 'entity',
    id: 'person:x',
    labels: ['Entity', 'Person'],
    props: { id: 'person:x', name: 'X', ...(description ? { description } : {}) },
  });

  it('keeps an element once per write: its first before and its last after, with who and why', () => {
    const changes = new ChangeSet('updateEntity', principal, 'fix');
    changes.record('entity', 'person:x', state(), state('a'));
    changes.record('entity', 'person:x', state('a'), state('b'));
    expect(changes.size).toBe(1);
    const [entry] = (
      changes as unknown as { entries: Map<string, { before: string; after: string }> }
    ).entries.values();
    expect(parseState(entry!.before)).toEqual(state());
    expect(parseState(entry!.after)).toEqual(state('b'));
    expect(JSON.stringify(entry)).toContain('"holder":"Ana"');
    expect(JSON.stringify(entry)).toContain('"reason":"fix"');
  });

  it('writes equal states as equal text (keys sorted)', () => {
    const a = stateJson({ kind: 'evidence', id: 'e', props: { b: 1, a: 2 } });
    const b = stateJson({ kind: 'evidence', id: 'e', props: { a: 2, b: 1 } });
    expect(a).toBe(b);
  });

  it('rebuilds stored types from a state: dates, date-times to the nanosecond, integers and float confidence', () => {
    const stored = toStoredProperties(
      { date: '2021-03-01', recordedAt: '2026-11-30T09:10:11.123456789Z', textStart: 5, confidence: 1, gone: null },
      true,
    );
    expect(stored.date).toEqual(new neo4j.types.Date(2021, 3, 1));
    expect(String(stored.recordedAt)).toBe('2026-11-30T09:10:11.123456789Z');
    expect(neo4j.isInt(stored.textStart)).toBe(true);
    expect(stored.confidence).toBe(1);
    expect(neo4j.isInt(stored.confidence)).toBe(false);
    expect(stored.gone).toBeNull();
    expect(String(dateTime('2026-12-01T09:30:00+02:00'))).toBe('2026-12-01T09:30:00+02:00');
  });
});
