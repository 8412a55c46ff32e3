/**
 * The checks of `npm run ingest` without a database: the synthetic fixture against lookups
 * written out here as data (what the seed graph holds for the ids it names), then one
 * mistake at a time, each of which must be reported at its file:line with what to fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkSourceFile, Finding, parseSourceFile } from '../../src/ingest/ingest';
import { summarise } from '../../src/ingest/report';
import { ExistingRelationship, Lookups, pairKey, sourceText, SourceText } from '../../src/ingest/validate';

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const FILE = 'synthetic-border-bulletin.yaml';
const YAML = fs.readFileSync(path.join(FIXTURES, 'ingest', FILE), 'utf8');
const TEXT_NAME = 'synthetic-border-bulletin-2021-05-10.txt';
const TEXT_BYTES = fs.readFileSync(path.join(FIXTURES, 'sources', TEXT_NAME));
const TEXT = (): SourceText => sourceText(TEXT_NAME, TEXT_BYTES);
const SOURCE_ID = 'source:synthetic-2021-05-10-border-bulletin';

const entity = (id: string, label: string, properties: Record<string, unknown> = {}) =>
  [id, { id, label, properties: { id, ...properties } }] as const;
const rel = (
  type: string,
  from: string,
  to: string,
  properties: Record<string, unknown> = {},
): ExistingRelationship => ({
  id: `${type.toLowerCase()}|${from}|${to}${properties.role !== undefined ? `|${String(properties.role)}` : ''}`,
  type,
  from,
  to,
  properties,
});

/** What the seed graph holds for the ids the fixture names. */
function seedLookups(): Lookups {
  const relationships = [
    rel('HOLDS_OFFICE', 'person:lopez-obrador', 'office:mx-president'),
    rel('PART_OF', 'org:inm', 'country:mx'),
    rel('LEADS', 'person:lopez-obrador', 'org:mx-government', { role: 'president' }),
  ];
  return {
    entities: new Map([
      entity('person:lopez-obrador', 'Person', { name: 'Andrés Manuel López Obrador' }),
      entity('office:mx-president', 'Office'),
      entity('org:mx-government', 'Organization'),
      entity('event:2021-03-us-agrees-vaccine-doses', 'Event'),
      entity('org:inm', 'Organization'),
      entity('country:mx', 'Country'),
      entity('event:mexico-southern-border-troop-drawdown', 'Event'),
      entity('stat:2021-03-mexico-deportations', 'Statistic', { value: 7946 }),
      entity('place:mx-southern-border', 'Place'),
    ]),
    relationships: new Map(relationships.map((r) => [pairKey(r.from, r.to), [r]])),
    source: null,
    evidence: new Map(),
    suggestions: new Map([['person:lopez-obrado', ['person:lopez-obrador']]]),
  };
}

function check(yaml: string, options: { text?: SourceText | null; lookups?: Lookups } = {}) {
  const parsed = parseSourceFile(FILE, yaml);
  return checkSourceFile(parsed, options.text === undefined ? TEXT() : options.text, options.lookups ?? seedLookups());
}

/** 1-based line of the first line of `yaml` containing `needle` (after the `from`-th such line). */
function lineOf(yaml: string, needle: string, nth = 1): number {
  const lines = yaml.split('\n');
  let seen = 0;
  const i = lines.findIndex((l) => l.includes(needle) && ++seen === nth);
  if (i < 0) throw new Error(`test bug: "${needle}" is not in the YAML`);
  return i + 1;
}

function replace(yaml: string, from: string, to: string): string {
  if (!yaml.includes(from)) throw new Error(`test bug: "${from}" is not in the fixture`);
  return yaml.replace(from, to);
}

/** The one problem a changed file has, asserting that it is the only one. */
function onlyProblem(result: { problems: Finding[] }): Finding {
  expect(result.problems).toHaveLength(1);
  return result.problems[0]!;
}

describe('the synthetic fixture', () => {
  it('passes every check and plans three entities, three relationships, eleven evidence records', () => {
    const result = check(YAML);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    const summary = summarise(result.plan!);
    expect(summary.source).toEqual({ id: SOURCE_ID, isNew: true, publisherLinked: true });
    expect(summary.newEntities.map((e) => e.id).sort()).toEqual([
      'org:synthetic-border-bulletin',
      'org:synthetic-southern-crossings-observatory',
      'stat:synthetic-2021-04-southern-border-crossings',
    ]);
    expect(summary.newRelationships.map((r) => r.id).sort()).toEqual([
      'located_in|org:synthetic-southern-crossings-observatory|country:mx',
      'observed_at|stat:synthetic-2021-04-southern-border-crossings|place:mx-southern-border',
      'reported_by|stat:synthetic-2021-04-southern-border-crossings|org:synthetic-southern-crossings-observatory',
    ]);
    expect(summary.evidenceOnNewFacts).toHaveLength(6);
    expect(summary.evidenceOnExistingFacts.map((e) => e.factId).sort()).toEqual([
      'event:2021-03-us-agrees-vaccine-doses',
      'event:mexico-southern-border-troop-drawdown',
      'holds_office|person:lopez-obrador|office:mx-president',
      'part_of|org:inm|country:mx',
      'stat:2021-03-mexico-deportations',
    ]);
    expect(summary.disputes.map((e) => [e.factId, e.statedValue])).toEqual([
      ['event:mexico-southern-border-troop-drawdown', undefined],
      ['stat:2021-03-mexico-deportations', 8120],
    ]);
  });

  it('places each excerpt by code-point offsets, the prefix picking the second of two occurrences', () => {
    const plan = check(YAML).plan!;
    const inm = plan.evidence.find((e) => e.fact.id === 'part_of|org:inm|country:mx')!;
    const text = Array.from(TEXT_BYTES.toString('utf8').normalize('NFC'));
    const start = inm.properties.textStart as number;
    const end = inm.properties.textEnd as number;
    expect(text.slice(start, end).join('')).toBe('Mexico’s National Migration\nInstitute');
    // The first occurrence is earlier in the text ("Figures from Mexico’s National Migration Institute").
    expect(text.join('').indexOf('Mexico’s National Migration Institute')).toBeLessThan(start);
    expect(inm.id).toBe(`part_of|org:inm|country:mx|${SOURCE_ID}|${start}-${end}`);
  });

  it('fills evidence from the defaults and keeps what an entry overrides', () => {
    const plan = check(YAML).plan!;
    const vaccine = plan.evidence.find((e) => e.fact.id === 'event:2021-03-us-agrees-vaccine-doses')!;
    expect(vaccine.properties).toMatchObject({
      attribution: 'unnamed-officials',
      attributedTo: 'officials of both countries',
      confidence: 0.8,
      status: 'reported',
      stance: 'supports',
      sourceId: SOURCE_ID,
      recordedBy: `ingest:${FILE}`,
      factKind: 'node',
      factType: 'Event',
    });
    const office = plan.evidence.find((e) => e.fact.id.startsWith('holds_office|'))!;
    expect(office.properties).toMatchObject({
      attribution: 'reporting',
      attributedTo: 'org:synthetic-border-bulletin',
      status: 'asserted',
      factKind: 'relationship',
      factFrom: 'person:lopez-obrador',
      factTo: 'office:mx-president',
    });
  });

  it('tells a rerun apart: unchanged, changed, and records another writer made', () => {
    const first = check(YAML).plan!;
    const lookups = seedLookups();
    for (const e of first.evidence) lookups.evidence.set(e.id, { ...e.properties, recordedAt: '2026-01-01T00:00:00Z' });
    const [a, b] = first.evidence;
    lookups.evidence.set(a!.id, { ...a!.properties, confidence: 0.5 });
    lookups.evidence.set(b!.id, { ...b!.properties, recordedBy: 'seed:cypher/data/020_actors.cypher' });
    const again = check(YAML, { lookups });
    expect(again.problems).toEqual([]);
    const states = new Map(again.plan!.evidence.map((e) => [e.id, e.state]));
    expect(states.get(a!.id)).toBe('changed');
    expect(states.get(b!.id)).toBe('kept');
    expect([...states.values()].filter((s) => s === 'unchanged')).toHaveLength(first.evidence.length - 2);
    expect(again.warnings.map((w) => w.message).join('\n')).toContain('recorded by seed:cypher/data/020_actors.cypher');
  });
});

describe('mistakes, each named at its file:line', () => {
  it('YAML syntax: a duplicate key', () => {
    const yaml = replace(YAML, '  datePrecision: day\n', '  datePrecision: day\n  datePrecision: month\n');
    const p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'datePrecision: month'));
    expect(p.message).toMatch(/unique|duplicate/i);
  });

  it('a misspelt key, with the keys the section has', () => {
    const yaml = replace(YAML, '    description: Invented publisher', '    descripton: Invented publisher');
    const p = onlyProblem(check(yaml));
    expect(p).toMatchObject({ file: FILE, line: lineOf(yaml, 'descripton:') });
    expect(p.message).toContain('unknown key "descripton" in an entity');
    expect(p.message).toContain('description');
  });

  it('a label, relationship type, attribution, status, stance or precision outside its vocabulary', () => {
    const cases: [string, string, RegExp][] = [
      ['  - label: Statistic', '  - label: Statistics', /"Statistics" is not an entity label.*Statistic/],
      ['  - relationship: LOCATED_IN', '  - relationship: LOCATED_AT', /"LOCATED_AT" is not a relationship type/],
      ['  attribution: reporting', '  attribution: reportage', /"reportage" is not an attribution/],
      [
        '        status: reported\n        derivation: \'"In March"',
        '        status: rumoured\n        derivation: \'"In March"',
        /"rumoured" is not an evidence status/,
      ],
      [
        '        stance: disputes\n        note:',
        '        stance: contradicts\n        note:',
        /"contradicts" is not a stance; use one of: supports, disputes/,
      ],
      ['    datePrecision: month', '    datePrecision: quarter', /"quarter" is not a date precision/],
    ];
    for (const [from, to, message] of cases) {
      const yaml = replace(YAML, from, to);
      const p = onlyProblem(check(yaml));
      expect(p.line).toBe(lineOf(yaml, to.trim().split('\n')[0]!));
      expect(p.message).toMatch(message);
    }
  });

  it('bad dates: not a calendar date, not the first day of its unit, no precision, a period running backwards', () => {
    let yaml = replace(YAML, '    date: 2021-04-01', '    date: 2021-04-31');
    let p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'date: 2021-04-31'));
    expect(p.message).toContain('2021-04-31 is not a calendar date');

    yaml = replace(YAML, '    date: 2021-04-01', '    date: 2021-04-15');
    p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'date: 2021-04-15'));
    expect(p.message).toContain('a month-precision date of 2021-04-15 is written 2021-04-01');

    yaml = replace(YAML, '    datePrecision: month\n', '');
    p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'date: 2021-04-01'));
    expect(p.message).toContain('date needs datePrecision');

    yaml = replace(
      YAML,
      '    to: country:mx\n    new: true\n',
      '    to: country:mx\n    new: true\n    validFrom: 2021-05-01\n    validFromPrecision: month\n    validTo: 2021-01-01\n    validToPrecision: year\n',
    );
    p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'validTo: 2021-01-01'));
    expect(p.message).toContain('validTo 2021-01-01 is before validFrom 2021-05-01');
  });

  it('a misspelt id, with the closest id in the database', () => {
    const yaml = replace(YAML, '    from: person:lopez-obrador', '    from: person:lopez-obrado');
    const p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'from: person:lopez-obrado'));
    expect(p.message).toContain('"person:lopez-obrado" is not in the database');
    expect(p.message).toContain('did you mean "person:lopez-obrador"?');
  });

  it('an unknown id in attributedTo and a node statement', () => {
    let yaml = replace(YAML, '        attributedTo: org:inm', '        attributedTo: org:imn');
    let p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'attributedTo: org:imn'));
    expect(p.message).toContain('attributedTo "org:imn" is not in the database');

    yaml = replace(
      YAML,
      '  - node: event:2021-03-us-agrees-vaccine-doses',
      '  - node: event:2021-03-us-agrees-vaccines',
    );
    p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'node: event:2021-03-us-agrees-vaccines'));
  });

  it('a relationship that does not exist, without new: true, naming what does exist between the two', () => {
    const yaml = replace(
      YAML,
      '  - relationship: HOLDS_OFFICE\n    from: person:lopez-obrador\n    to: office:mx-president',
      '  - relationship: LEADS\n    from: person:lopez-obrador\n    to: org:mx-government\n    role: presdent',
    );
    const p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'relationship: LEADS'));
    expect(p.message).toContain(
      'there is no LEADS with role "presdent" from person:lopez-obrador to org:mx-government',
    );
    expect(p.message).toContain('LEADS (role president)');
    expect(p.message).toContain('new: true');
  });

  it('properties or dates on a statement about an existing relationship (an existing fact is never changed)', () => {
    const yaml = replace(
      YAML,
      '    to: office:mx-president\n',
      '    to: office:mx-president\n    knownTo: 2021-05-10\n    knownToPrecision: day\n',
    );
    const result = check(yaml);
    expect(result.problems.map((p) => p.line)).toEqual([
      lineOf(yaml, 'knownTo: 2021-05-10'),
      lineOf(yaml, 'knownToPrecision: day'),
    ]);
    expect(result.problems[0]!.message).toContain("an existing fact's own properties are never changed");
  });

  it('an excerpt that is not in the text, saying how far it matches', () => {
    const yaml = replace(YAML, 'send millions of surplus', 'send billions of surplus');
    const p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'send billions of surplus'));
    expect(p.message).toContain(`not in ${TEXT_NAME} verbatim`);
    expect(p.message).toContain(
      'the text has "In March, the United States agreed to send" but not what follows: "billions',
    );
  });

  it('an ambiguous excerpt lists its occurrences with their lines in the text; occurrence or prefix settles it', () => {
    const ambiguous = replace(YAML, '        prefix: records added that\n', '');
    const p = onlyProblem(check(ambiguous));
    expect(p.line).toBe(lineOf(ambiguous, '      - excerpt: Mexico’s National Migration Institute'));
    expect(p.message).toContain('occurs 2 times');
    const textLines = TEXT_BYTES.toString('utf8').split('\n');
    const first = textLines.findIndex((l) => l.includes('Figures from Mexico’s National Migration Institute')) + 1;
    const second = textLines.findIndex((l) => l.includes('added that Mexico’s National Migration')) + 1;
    expect(p.message).toContain(`1. line ${first}:`);
    expect(p.message).toContain(`2. line ${second}:`);

    const byOccurrence = replace(YAML, '        prefix: records added that\n', '        occurrence: 2\n');
    expect(check(byOccurrence).problems).toEqual([]);
    const tooFar = replace(YAML, '        prefix: records added that\n', '        occurrence: 3\n');
    expect(onlyProblem(check(tooFar)).message).toContain('occurrence 3 asked for, but the excerpt occurs 2 times');
    const badPrefix = replace(YAML, '        prefix: records added that\n', '        prefix: nobody said that\n');
    expect(onlyProblem(check(badPrefix)).message).toContain('never with the given prefix');
  });

  it('statedValue: only for a statistic, only disputing, only when the figure differs', () => {
    let yaml = replace(YAML, '        stance: disputes\n        statedValue: 8120\n', '        statedValue: 8120\n');
    let p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'statedValue: 8120'));
    expect(p.message).toContain('add "stance: disputes"');

    yaml = replace(YAML, '        statedValue: 8120', '        statedValue: 7946');
    p = onlyProblem(check(yaml));
    expect(p.message).toContain('already has the value 7946');

    yaml = replace(
      YAML,
      '        stance: disputes\n        note:',
      '        stance: disputes\n        statedValue: 3\n        note:',
    );
    p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'statedValue: 3'));
    expect(p.message).toContain('event:mexico-southern-border-troop-drawdown is an Event');
  });

  it('evidence attributed to someone else may not be "asserted"', () => {
    const yaml = replace(
      YAML,
      '        attributedTo: officials of both countries\n        status: reported',
      '        attributedTo: officials of both countries\n        status: asserted',
    );
    const p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'status: asserted', 2));
    expect(p.message).toContain('never "asserted"');
  });

  it('evidence missing a required field when the file has no defaults for it', () => {
    const yaml = replace(YAML, '  confidence: 0.8\n', '');
    const result = check(yaml);
    // Every entry that does not set confidence itself (all but one) is reported at its own line.
    expect(result.problems.length).toBe(10);
    expect(result.problems[0]!.message).toContain(
      'no confidence: give it here, or once for the whole file under defaults',
    );
    expect(result.problems[0]!.line).toBe(lineOf(yaml, '      - excerpt: The Imaginary Border Bulletin'));
  });

  it('a new entity whose id does not match its label, and a reserved property', () => {
    let yaml = replace(YAML, '    id: org:synthetic-border-bulletin', '    id: person:synthetic-border-bulletin');
    yaml = replace(
      yaml,
      '  publisherId: org:synthetic-border-bulletin',
      '  publisherId: person:synthetic-border-bulletin',
    );
    yaml = replace(
      yaml,
      '  attributedTo: org:synthetic-border-bulletin',
      '  attributedTo: person:synthetic-border-bulletin',
    );
    let p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, '    id: person:synthetic-border-bulletin'));
    expect(p.message).toContain('the id of a new Organization is org:<slug>');

    yaml = replace(YAML, '      value: 3400', '      value: 3400\n      confidence: 0.9');
    p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'confidence: 0.9'));
    expect(p.message).toContain('"confidence" cannot be set in properties: it belongs on the evidence entries');
  });

  it('a text file that is missing, and a text that differs from the one the source was recorded with', () => {
    let p = onlyProblem(
      check(YAML, { text: { file: TEXT_NAME, content: null, problem: 'the text file is not in /x' } }),
    );
    expect(p.line).toBe(lineOf(YAML, '  text: synthetic'));

    const lookups = seedLookups();
    lookups.source = { properties: { id: SOURCE_ID, textSha256: 'f'.repeat(64) }, publisherIds: [] };
    p = onlyProblem(check(YAML, { lookups }));
    expect(p.line).toBe(lineOf(YAML, '  text: synthetic'));
    expect(p.message).toContain('is not the text source:synthetic-2021-05-10-border-bulletin was recorded with');
  });

  it('a fact stated twice and an entity defined twice', () => {
    let yaml = replace(
      YAML,
      '  # --- disputes one',
      '  - node: event:2021-03-us-agrees-vaccine-doses\n    evidence:\n      - excerpt: surplus vaccine doses\n\n  # --- disputes one',
    );
    const p = onlyProblem(check(yaml));
    expect(p.line).toBe(lineOf(yaml, 'node: event:2021-03-us-agrees-vaccine-doses', 2));
    expect(p.message).toContain('is stated twice (also at statements[1])');

    yaml = replace(
      YAML,
      '    id: org:synthetic-southern-crossings-observatory',
      '    id: org:synthetic-border-bulletin',
    );
    yaml = yaml.split('org:synthetic-southern-crossings-observatory').join('org:synthetic-border-bulletin');
    const result = check(yaml);
    const twice = result.problems.find((x) => x.message.includes('is defined twice'))!;
    expect(twice.line).toBe(lineOf(yaml, '    id: org:synthetic-border-bulletin', 2));
    expect(twice.message).toContain('(also at entities[0])');
  });

  it('reports every problem of a file at once, in line order', () => {
    let yaml = replace(YAML, '    from: person:lopez-obrador', '    from: person:lopez-obrado');
    yaml = replace(yaml, 'send millions of surplus', 'send billions of surplus');
    yaml = replace(yaml, '    date: 2021-04-01', '    date: 2021-04-31');
    yaml = replace(yaml, '    description: Invented publisher', '    descripton: Invented publisher');
    const result = check(yaml);
    expect(result.plan).toBeUndefined();
    expect(result.problems.map((p) => p.line)).toEqual([
      lineOf(yaml, 'descripton:'),
      lineOf(yaml, 'date: 2021-04-31'),
      lineOf(yaml, 'from: person:lopez-obrado'),
      lineOf(yaml, 'send billions of surplus'),
    ]);
  });
});

describe('docs/ingest.md', () => {
  it('its complete example passes every check against the synthetic text', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'ingest.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## A complete example'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toContain('source:');
    const result = check(example!);
    expect(result.problems).toEqual([]);
    const summary = summarise(result.plan!);
    expect(summary.newEntities).toHaveLength(3);
    expect(summary.disputes.map((d) => d.factId)).toEqual([
      'event:mexico-southern-border-troop-drawdown',
      'stat:2021-03-mexico-deportations',
    ]);
  });
});
