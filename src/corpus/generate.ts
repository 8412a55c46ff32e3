/**
 * A deterministic synthetic corpus in the ontology's exact shape (docs/ontology.md): the
 * same labels, relationship types, evidence records (docs/evidence.md) and time properties
 * as the curated seed data, at GDELT/POLECAT-like scale, for load tests and benchmarks.
 * Same options and seed, same bytes.
 *
 * Everything synthetic says so: every node carries `synthetic: true`; the sources are
 * `:Source {synthetic: true}` with no text file, and excerpts are generated sentences
 * (without textStart/textEnd: there is no text to point into) that the citation checker
 * skips (cypher/queries/citations/evidence.cypher).
 *
 * Shape of the data (what makes it realistic enough to benchmark on):
 *  - skew: countries, actors within a country, and issues are drawn Zipf-like, so a few hub
 *    countries, dyads and actors take part in most events and most actors in very few;
 *  - time: events fall in bursts (crises) over a rising background from 1990 to 2024, with
 *    day/week/month/year precision, some as periods (validFrom/validTo);
 *  - validity: offices pass from holder to holder in terms with validFrom/validTo (the last
 *    one open-ended), policies have periods, countries play roles over periods;
 *  - episodes: exchanges of concessions, coercions (threat → response) and issue linkages
 *    tie recent events of the same country pair together, as in the seed article;
 *  - sources: every fact has evidence; most from one source, a Zipf-like tail from 2–4
 *    (corroboration), some quote one source twice, and a few are disputed by another source,
 *    so evidence queries and the summaries on facts are exercised at scale.
 *
 * Memory is bounded by the actor count (ids are derived from indexes, and only small ring
 * buffers of recent events are kept); records stream to disk through CorpusWriter.
 */
import type { EvidenceRecordBody } from '../load/evidence';
import { JsonProperties } from '../load/format';
import { EntityLabel, RelationshipType } from '../ontology/labels';
import { Rng, Zipf, ZipfCache } from './random';
import * as vocab from './vocabulary';
import { CorpusCounts, CorpusWriter } from './writer';

export interface CorpusOptions {
  seed: number;
  countries: number;
  actors: number;
  events: number;
}

/** 2: evidence records of their own; facts carry no provenance (docs/evidence.md). */
export const FORMAT_VERSION = 2;

/** How the evidence is spread over the facts: what the summaries on facts should show once loaded. */
export interface EvidenceShape {
  /** Facts with evidence: entities and relationships, not sources and PUBLISHED_BY (document metadata). */
  facts: number;
  /** Facts by their number of distinct sources, supporting or disputing ("1".."5"): their sourceCount. */
  factsBySourceCount: Record<string, number>;
  /** Facts with two supporting records from one source (their evidenceCount exceeds sourceCount). */
  factsQuotedTwiceByOneSource: number;
  /** Facts with a disputing record. */
  disputedFacts: number;
}

export interface Manifest {
  generator: 'bilateral-relations-graph synthetic corpus';
  formatVersion: typeof FORMAT_VERSION;
  options: CorpusOptions;
  counts: CorpusCounts;
  totals: { nodes: number; relationships: number; evidence: number };
  evidence: EvidenceShape;
  files: string[];
}

/** Extra supporting sources per fact (0–3), Zipf-like: about 79% none, 14% one, 5% two, 2.5% three. */
const SOURCES_PER_FACT = new Zipf(4, 2.5);

/** Size presets. Relationships come to roughly 5.5 per event plus ~1.5 per actor. */
export const SIZES: Record<string, Omit<CorpusOptions, 'seed'>> = {
  tiny: { countries: 12, actors: 300, events: 1_500 },
  small: { countries: 60, actors: 3_000, events: 25_000 },
  medium: { countries: 150, actors: 20_000, events: 180_000 },
  large: { countries: 200, actors: 100_000, events: 1_000_000 },
};

export const CORPUS_SIZE_LIMITS = { countries: 400, actors: 1_000_000, events: 10_000_000 };

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
const START = dayOf('1990-01-01');
const END = dayOf('2024-12-31');
/** The synthetic "source date" for open-ended states: they are known to hold up to here. */
const LAST_REPORT = '2024-12-01';

type Precision = 'day' | 'week' | 'month' | 'year';

/** Dates are stored as the first day of their unit (docs/ontology.md, Time). */
function floorTo(day: number, precision: Precision): number {
  const d = new Date(day * DAY_MS);
  switch (precision) {
    case 'day':
      return day;
    case 'week':
      return day - ((d.getUTCDay() + 6) % 7);
    case 'month':
      return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
    case 'year':
      return Math.floor(Date.UTC(d.getUTCFullYear(), 0, 1) / DAY_MS);
  }
}

const addMonths = (day: number, months: number): number => {
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) / DAY_MS);
};

/** A 32-bit integer hash (splitmix-style finaliser): names derived from an index, independent of the RNG stream. */
function hash(i: number, salt: number): number {
  let h = (i * 0x9e3779b1 + salt * 0x85ebca77) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const syl = (h: number, k: number): string =>
  vocab.SYLLABLES[Math.floor(h / vocab.SYLLABLES.length ** k) % vocab.SYLLABLES.length]!;
const pad = (n: number, width = 6): string => String(n).padStart(width, '0');

function countryName(c: number): string {
  // Index digits in base 20 pick the syllables, so the first 8000 names are distinct.
  const n = vocab.SYLLABLES.length;
  const a = vocab.SYLLABLES[c % n]!;
  const b = vocab.SYLLABLES[Math.floor(c / n) % n]!;
  const d = vocab.SYLLABLES[Math.floor(c / (n * n)) % n]!;
  return cap(a + b + (c >= n * n ? d : '') + vocab.COUNTRY_SUFFIXES[hash(c, 7) % vocab.COUNTRY_SUFFIXES.length]!);
}

function personName(p: number): string {
  const h = hash(p, 11);
  const given = vocab.GIVEN_NAMES[h % vocab.GIVEN_NAMES.length]!;
  const h2 = hash(p, 13);
  return `${given} ${cap(syl(h2, 0) + syl(h2, 1) + syl(h2, 2))}`;
}

const ids = {
  source: (i: number) => `source:syn-${pad(i)}`,
  country: (c: number) => `country:syn-${pad(c, 3)}`,
  person: (p: number) => `person:syn-${pad(p)}`,
  org: (o: number) => `org:syn-${pad(o)}`,
  place: (c: number, k: number) => `place:syn-${pad(c, 3)}-${k}`,
  office: (c: number, k: number) => `office:syn-${pad(c, 3)}-${k}`,
  issue: (i: number) => `issue:syn-${pad(i, 2)}`,
  policy: (i: number) => `policy:syn-${pad(i)}`,
  event: (i: number) => `event:syn-${pad(i, 7)}`,
  situation: (i: number) => `situation:syn-${pad(i)}`,
  statistic: (i: number) => `stat:syn-${pad(i)}`,
  quote: (i: number) => `quote:syn-${pad(i)}`,
  claim: (i: number) => `claim:syn-${pad(i)}`,
  exchange: (i: number) => `exchange:syn-${pad(i)}`,
  concession: (i: number, k: number) => `concession:syn-${pad(i)}-${k}`,
  coercion: (i: number) => `coercion:syn-${pad(i)}`,
  linkage: (i: number) => `linkage:syn-${pad(i)}`,
};

const relId = (type: RelationshipType, from: string, to: string, role?: string): string =>
  role ? `${type}|${from}|${to}|${role}` : `${type}|${from}|${to}`;

interface RecentEvent {
  id: string;
  day: number;
  eventType: string;
}

/** Per-country lists of actor indexes, packed (offsets into one array). */
class Grouped {
  readonly offsets: Int32Array;
  readonly members: Int32Array;

  constructor(groups: number, groupOf: Uint16Array) {
    this.offsets = new Int32Array(groups + 1);
    for (const g of groupOf) this.offsets[g + 1]!++;
    for (let g = 0; g < groups; g++) this.offsets[g + 1]! += this.offsets[g]!;
    this.members = new Int32Array(groupOf.length);
    const fill = this.offsets.slice(0, groups);
    groupOf.forEach((g, i) => {
      this.members[fill[g]!++] = i;
    });
  }

  size(g: number): number {
    return this.offsets[g + 1]! - this.offsets[g]!;
  }

  at(g: number, k: number): number {
    return this.members[this.offsets[g]! + k]!;
  }
}

export class CorpusGenerator {
  private readonly rng: Rng;
  private readonly zipfs = new ZipfCache();
  private readonly countryZipf: Zipf;
  private readonly issueZipf: Zipf;
  private readonly sourceCount: number;
  private readonly persons: number;
  private readonly orgs: number;
  private readonly personCountry: Uint16Array;
  private readonly orgCountry: Uint16Array;
  private readonly personsBy: Grouped;
  private readonly orgsBy: Grouped;
  private readonly issueCount = vocab.ISSUES.length + vocab.SUB_ISSUES.length;
  private readonly bursts: { centre: number; width: number }[];
  private readonly burstZipf: Zipf;
  private readonly recentByDyad = new Map<number, RecentEvent[]>();
  private readonly policiesBy: number[][];
  readonly shape: EvidenceShape = {
    facts: 0,
    factsBySourceCount: {},
    factsQuotedTwiceByOneSource: 0,
    disputedFacts: 0,
  };
  private counters = {
    policy: 0,
    situation: 0,
    statistic: 0,
    quote: 0,
    claim: 0,
    exchange: 0,
    coercion: 0,
    linkage: 0,
  };

  constructor(
    readonly options: CorpusOptions,
    private readonly out: CorpusWriter,
  ) {
    const { countries, actors, events } = options;
    this.rng = new Rng(options.seed);
    this.countryZipf = new Zipf(countries, 1.0);
    this.issueZipf = new Zipf(this.issueCount, 0.9);
    this.sourceCount = Math.max(5, Math.ceil(events / 100));
    this.orgs = Math.max(countries * 3, Math.round(actors * 0.3));
    this.persons = Math.max(countries * 3, actors - this.orgs);
    // Every country gets three persons and three organisations; the rest follow the
    // countries' Zipf weights, so hub countries have many actors.
    this.personCountry = new Uint16Array(this.persons);
    for (let p = 0; p < this.persons; p++) {
      this.personCountry[p] = p < countries * 3 ? p % countries : this.countryZipf.sample(this.rng);
    }
    this.orgCountry = new Uint16Array(this.orgs);
    for (let o = 0; o < this.orgs; o++) {
      this.orgCountry[o] = o < countries * 3 ? o % countries : this.countryZipf.sample(this.rng);
    }
    this.personsBy = new Grouped(countries, this.personCountry);
    this.orgsBy = new Grouped(countries, this.orgCountry);
    const burstCount = Math.max(10, Math.ceil(events / 2000));
    this.bursts = Array.from({ length: burstCount }, () => ({
      centre: START + Math.floor((END - START) * Math.sqrt(this.rng.float())),
      width: this.rng.int(3, 60),
    }));
    this.burstZipf = new Zipf(burstCount, 0.8);
    this.policiesBy = Array.from({ length: countries }, () => []);
  }

  // ---------------------------------------------------------------- evidence and time

  /** The index of the synthetic source reporting on a day: sources are spread evenly over the period, each dated after what it reports. */
  private sourceIndexFor(day: number | undefined): number {
    if (day === undefined) return this.rng.int(0, this.sourceCount - 1);
    const k = Math.floor(((day - START) / (END - START + 1)) * this.sourceCount);
    return Math.min(this.sourceCount - 1, Math.max(0, k));
  }

  private sourceDay(k: number): number {
    return START + Math.ceil(((k + 1) * (END - START + 1)) / this.sourceCount) - 1;
  }

  /**
   * `n` distinct sources for a fact: the first reports it, the others follow it up (the next
   * reports in time, or earlier ones when it is among the last); undated facts draw at random.
   */
  private sourcesFor(day: number | undefined, n: number): number[] {
    const first = this.sourceIndexFor(day);
    const out = [first];
    for (let step = 1; out.length < n && step < this.sourceCount; step++) {
      const k = day === undefined ? this.rng.int(0, this.sourceCount - 1) : first + step;
      const next = k < this.sourceCount ? k : first - (k - this.sourceCount + 1);
      if (next >= 0 && !out.includes(next)) out.push(next);
    }
    return out;
  }

  /**
   * Who a synthetic source says a fact comes from, how sure the editors are, and how the source
   * presents it (docs/ontology.md: only the source's own reporting is 'asserted').
   */
  private attribution(
    country?: number,
  ): Pick<EvidenceRecordBody, 'attribution' | 'attributedTo' | 'confidence' | 'status'> {
    const u = this.rng.float();
    const confidence = this.rng.pick([1.0, 1.0, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5]);
    if (u < 0.6) return { attribution: 'reporting', attributedTo: 'org:syn-wire', confidence, status: 'asserted' };
    if (u < 0.75 && country !== undefined && this.personsBy.size(country) > 0) {
      const p = this.personsBy.at(country, this.rng.int(0, this.personsBy.size(country) - 1));
      return { attribution: 'named-person', attributedTo: ids.person(p), confidence, status: 'reported' };
    }
    if (u < 0.9) {
      return {
        attribution: 'unnamed-officials',
        attributedTo: country === undefined ? 'officials' : `officials of ${countryName(country)}`,
        confidence: Math.min(confidence, 0.8),
        status: this.rng.chance(0.3) ? 'alleged' : 'reported',
      };
    }
    return { attribution: 'official-data', attributedTo: 'agency statistics', confidence, status: 'reported' };
  }

  /**
   * The evidence records of one fact (docs/evidence.md), written right after it. Most facts have
   * one source; a Zipf-like tail has 2–4 (SOURCES_PER_FACT); a few quote one source twice
   * (evidenceCount > sourceCount); a few are disputed by another source (`stance: 'disputes'`;
   * a statistic's dispute gives another figure in `statedValue`). Synthetic sources have no
   * text, so the records carry no textStart/textEnd.
   */
  private evidence(
    fact: Pick<EvidenceRecordBody, 'factId' | 'factKind' | 'factType' | 'factFrom' | 'factTo'>,
    text: string,
    day?: number,
    country?: number,
    value?: number,
  ): void {
    const excerpt = `[synthetic] ${text}`;
    const sources = this.sourcesFor(day, SOURCES_PER_FACT.sample(this.rng) + 1);
    sources.forEach((k, i) => {
      const excerptOf = i === 0 ? excerpt : `${excerpt} (follow-up report)`;
      this.out.evidence({
        ...fact,
        sourceId: ids.source(k),
        excerpt: excerptOf,
        ...this.attribution(country),
        stance: 'supports',
      });
    });
    if (this.rng.chance(0.03)) {
      this.out.evidence({
        ...fact,
        sourceId: ids.source(sources[0]!),
        excerpt: `${excerpt} (restated later in the report)`,
        ...this.attribution(country),
        stance: 'supports',
      });
      this.shape.factsQuotedTwiceByOneSource++;
    }
    let disputedBy = 0;
    if (this.rng.chance(0.02)) {
      // Another source, not among the supporting ones, denies it or reports it otherwise.
      const candidates = this.sourcesFor(day, sources.length + 1);
      const k = candidates.find((c) => !sources.includes(c));
      if (k !== undefined) {
        const denier =
          country !== undefined && this.personsBy.size(country) > 0 && this.rng.chance(0.5)
            ? { attribution: 'named-person' as const, attributedTo: ids.person(this.person(country)) }
            : { attribution: 'unnamed-officials' as const, attributedTo: 'officials of another government' };
        this.out.evidence({
          ...fact,
          sourceId: ids.source(k),
          excerpt: `[synthetic] A later report disputes: ${text}`,
          ...denier,
          confidence: this.rng.pick([0.9, 0.8, 0.7, 0.6, 0.5]),
          status: value === undefined && this.rng.chance(0.6) ? 'denied' : 'reported',
          stance: 'disputes',
          ...(value === undefined ? {} : { statedValue: Math.round(value * this.rng.pick([0.6, 0.8, 1.25, 1.5])) }),
        });
        this.shape.disputedFacts++;
        disputedBy = 1;
      }
    }
    // What the fact's sourceCount summary will say: distinct sources, supporting or disputing.
    const count = String(sources.length + disputedBy);
    this.shape.factsBySourceCount[count] = (this.shape.factsBySourceCount[count] ?? 0) + 1;
    this.shape.facts++;
  }

  private node(
    label: EntityLabel,
    id: string,
    props: JsonProperties,
    text: string,
    day?: number,
    country?: number,
  ): void {
    this.out.node(label, { id, ...props, synthetic: true });
    const value = label === 'Statistic' && typeof props.value === 'number' ? props.value : undefined;
    this.evidence({ factId: id, factKind: 'node', factType: label }, text, day, country, value);
  }

  private rel(
    type: RelationshipType,
    from: string,
    to: string,
    props: JsonProperties = {},
    day?: number,
    country?: number,
    /** What tells this relationship apart from others of its type between the same nodes (default: its role). */
    key?: string,
  ): void {
    const role = typeof props.role === 'string' ? props.role : undefined;
    const id = relId(type, from, to, key ?? role);
    this.out.rel(type, from, to, { id, ...props });
    this.evidence(
      { factId: id, factKind: 'relationship', factType: type, factFrom: from, factTo: to },
      `${from} ${type} ${to}`,
      day,
      country,
    );
  }

  /** A clustered event day: most fall in bursts (crises), the rest on a background that rises towards the present. */
  private eventDay(): number {
    if (this.rng.chance(0.7)) {
      const b = this.bursts[this.burstZipf.sample(this.rng)]!;
      const day = b.centre + Math.round(Math.abs(this.rng.normal()) * b.width);
      return Math.min(END, day);
    }
    return START + Math.floor((END - START) * Math.sqrt(this.rng.float()));
  }

  private precision(): Precision {
    const u = this.rng.float();
    return u < 0.8 ? 'day' : u < 0.85 ? 'week' : u < 0.97 ? 'month' : 'year';
  }

  // ---------------------------------------------------------------- actors

  private person(c: number): number {
    const n = this.personsBy.size(c);
    return this.personsBy.at(c, this.zipfs.get(n, 1.1).sample(this.rng));
  }

  private org(c: number): number {
    const n = this.orgsBy.size(c);
    return this.orgsBy.at(c, this.zipfs.get(n, 1.1).sample(this.rng));
  }

  /** An actor on a country's side: the country itself, one of its organisations or one of its people. */
  private actor(c: number): string {
    const u = this.rng.float();
    if (u < 0.2) return ids.country(c);
    if (u < 0.5) return ids.org(this.org(c));
    return ids.person(this.person(c));
  }

  private orgName(o: number): string {
    const c = this.orgCountry[o]!;
    const rank = o - this.orgsBy.at(c, 0);
    if (rank === 0) return `Government of ${countryName(c)}`;
    const k = vocab.ORG_KINDS[hash(o, 17) % vocab.ORG_KINDS.length]!;
    return `${countryName(c)} ${k.suffix}${o >= this.options.countries * 3 ? ` ${cap(syl(hash(o, 19), 0) + syl(hash(o, 19), 1))}` : ''}`;
  }

  private placeCount(c: number): number {
    return c < 20 ? vocab.PLACE_KINDS.length : 2;
  }

  // ---------------------------------------------------------------- static structure

  private async writeStatic(): Promise<void> {
    const { countries } = this.options;
    // The synthetic wire service every source is published by.
    this.node(
      'Organization',
      'org:syn-wire',
      { name: 'Synthetic Wire Service', kind: 'newspaper' },
      'Synthetic Wire Service',
    );
    // Sources are documents, not facts: no evidence, and PUBLISHED_BY is document metadata (docs/evidence.md).
    for (let k = 0; k < this.sourceCount; k++) {
      const day = this.sourceDay(k);
      const id = ids.source(k);
      this.out.node('Source', {
        id,
        publisher: 'Synthetic Wire Service',
        title: `Synthetic report ${k + 1}`,
        date: iso(day),
        datePrecision: 'day',
        language: 'en',
        kind: 'news-article',
        synthetic: true,
      });
      this.out.rel('PUBLISHED_BY', id, 'org:syn-wire', { id: relId('PUBLISHED_BY', id, 'org:syn-wire') });
    }
    for (let i = 0; i < this.issueCount; i++) {
      const top = i < vocab.ISSUES.length;
      const name = top ? vocab.ISSUES[i]! : vocab.SUB_ISSUES[i - vocab.ISSUES.length]!;
      this.node('Issue', ids.issue(i), { name, aliases: [name.toLowerCase()], aliasText: name.toLowerCase() }, name);
      if (!top) this.rel('PART_OF', ids.issue(i), ids.issue(i - vocab.ISSUES.length), { role: 'sub-issue' });
    }
    for (let c = 0; c < countries; c++) {
      const name = countryName(c);
      const iso2 = String.fromCharCode(65 + (c % 26), 65 + (Math.floor(c / 26) % 26));
      this.node(
        'Country',
        ids.country(c),
        { name, iso2, aliases: [`Republic of ${name}`], aliasText: `Republic of ${name}` },
        name,
        undefined,
        c,
      );
      for (let k = 0; k < this.placeCount(c); k++) {
        const pk = vocab.PLACE_KINDS[k]!;
        const pname =
          pk.kind === 'city'
            ? `${pk.prefix}${cap(syl(hash(c * 10 + k, 23), 0) + syl(hash(c * 10 + k, 23), 1))}`
            : `${pk.prefix}${name}`;
        this.node('Place', ids.place(c, k), { name: pname, kind: pk.kind }, pname, undefined, c);
        this.rel('LOCATED_IN', ids.place(c, k), ids.country(c), {}, undefined, c);
      }
      await this.out.drain();
    }
    for (let o = 0; o < this.orgs; o++) {
      const c = this.orgCountry[o]!;
      const government = o === this.orgsBy.at(c, 0);
      const kind = government ? 'government' : vocab.ORG_KINDS[hash(o, 17) % vocab.ORG_KINDS.length]!.kind;
      const name = this.orgName(o);
      this.node(
        'Organization',
        ids.org(o),
        { name, kind, ...(government ? { subKind: 'administration' } : {}) },
        name,
        undefined,
        c,
      );
      if (government) this.rel('PART_OF', ids.org(o), ids.country(c), { role: 'executive' }, undefined, c);
      else if (kind === 'agency' || kind === 'military' || kind === 'council') {
        this.rel('PART_OF', ids.org(o), ids.org(this.orgsBy.at(c, 0)), {}, undefined, c);
      } else this.rel('LOCATED_IN', ids.org(o), ids.country(c), {}, undefined, c);
      if (o % 1000 === 0) await this.out.drain();
    }
    for (let p = 0; p < this.persons; p++) {
      const c = this.personCountry[p]!;
      const name = personName(p);
      const surname = name.split(' ')[1]!;
      this.node('Person', ids.person(p), { name, aliases: [surname], aliasText: surname }, name, undefined, c);
      if (this.rng.chance(0.6)) this.rel('MEMBER_OF', ids.person(p), ids.org(this.org(c)), {}, undefined, c);
      if (this.rng.chance(0.2)) {
        this.rel('AFFILIATED_WITH', ids.person(p), ids.org(this.org(c)), { role: 'adviser' }, undefined, c);
      }
      if (this.rng.chance(0.5)) {
        this.rel('LOCATED_IN', ids.person(p), ids.place(c, this.rng.int(0, this.placeCount(c) - 1)), {}, undefined, c);
      }
      if (p % 1000 === 0) await this.out.drain();
    }
    // Offices pass from holder to holder in terms; the last term is open-ended.
    for (let c = 0; c < countries; c++) {
      vocab.OFFICE_TITLES.forEach((title, k) => {
        const office = ids.office(c, k);
        const name = `${title} of ${countryName(c)}`;
        this.node('Office', office, { name, title, jurisdiction: ids.country(c) }, name, undefined, c);
        this.rel('OFFICE_OF', office, ids.country(c), {}, undefined, c);
        let from = floorTo(START + this.rng.int(0, 700), 'month');
        while (from <= END) {
          const holder = ids.person(this.person(c));
          const to = addMonths(from, this.rng.int(18, 96));
          const term: JsonProperties =
            to > END
              ? {
                  validFrom: iso(from),
                  validFromPrecision: 'month',
                  knownFrom: iso(from),
                  knownFromPrecision: 'month',
                  knownTo: LAST_REPORT,
                  knownToPrecision: 'month',
                  openEnded: true,
                }
              : {
                  validFrom: iso(from),
                  validFromPrecision: 'month',
                  validTo: iso(addMonths(to, -1)),
                  validToPrecision: 'month',
                  openEnded: false,
                };
          // One holder may hold the same office twice: the term start keeps the relationship ids apart.
          this.rel('HOLDS_OFFICE', holder, office, { role: iso(from), ...term }, from, c);
          if (k === 0 && this.rng.chance(0.5)) {
            this.rel('LEADS', holder, ids.org(this.orgsBy.at(c, 0)), { role: `head ${iso(from)}`, ...term }, from, c);
          }
          from = to;
        }
      });
      // Roles a country plays on an issue, over a period.
      for (let k = 0; k < 3; k++) {
        const issue = ids.issue(this.issueZipf.sample(this.rng));
        const from = floorTo(START + this.rng.int(0, END - START), 'year');
        const role = this.rng.pick(vocab.PLAYED_ROLES);
        this.rel(
          'PLAYED_ROLE',
          ids.country(c),
          issue,
          {
            role,
            counterpart: ids.country(this.countryZipf.sample(this.rng)),
            knownFrom: iso(from),
            knownFromPrecision: 'year',
            knownTo: iso(floorTo(Math.min(END, from + this.rng.int(365, 3650)), 'year')),
            knownToPrecision: 'year',
            openEnded: false,
          },
          from,
          c,
          `${role}|${k}`,
        );
      }
      await this.out.drain();
    }
  }

  // ---------------------------------------------------------------- policies

  private policy(c: number, day: number): string {
    const i = this.counters.policy++;
    const id = ids.policy(i);
    const kind = this.rng.pick(vocab.POLICY_KINDS);
    const issue = this.issueZipf.sample(this.rng);
    const issueName = [...vocab.ISSUES, ...vocab.SUB_ISSUES][issue]!;
    const name = `${countryName(c)} ${issueName} ${kind} ${i + 1}`;
    const from = floorTo(day, 'month');
    const ends = this.rng.chance(0.6);
    const period: JsonProperties = ends
      ? {
          validFrom: iso(from),
          validFromPrecision: 'month',
          validTo: iso(Math.min(floorTo(END, 'month'), addMonths(from, this.rng.int(6, 120)))),
          validToPrecision: 'month',
          openEnded: false,
        }
      : {
          validFrom: iso(from),
          validFromPrecision: 'month',
          knownFrom: iso(from),
          knownFromPrecision: 'month',
          knownTo: LAST_REPORT,
          knownToPrecision: 'month',
          openEnded: true,
        };
    this.node('Policy', id, { name, kind, ...period }, name, day, c);
    const owner = this.rng.chance(0.7) ? ids.org(this.orgsBy.at(c, 0)) : ids.person(this.person(c));
    this.rel('POLICY_OF', id, owner, { role: 'owner' }, day, c);
    this.rel('CONCERNS', id, ids.issue(issue), {}, day, c);
    const earlier = this.policiesBy[c]!;
    if (earlier.length > 0 && this.rng.chance(0.1))
      this.rel('PART_OF', id, ids.policy(this.rng.pick(earlier)), {}, day, c);
    if (this.rng.chance(0.3)) this.rel('LEADS', ids.person(this.person(c)), id, { role: 'lead', ...period }, day, c);
    earlier.push(i);
    if (earlier.length > 50) earlier.shift();
    return id;
  }

  // ---------------------------------------------------------------- events and episodes

  private dyad(): [number, number] {
    const a = this.countryZipf.sample(this.rng);
    let b = this.countryZipf.sample(this.rng);
    for (let tries = 0; b === a && tries < 10; tries++) b = this.countryZipf.sample(this.rng);
    if (b === a) b = (a + 1) % this.options.countries;
    return [a, b];
  }

  private event(i: number): void {
    const [a, b] = this.dyad();
    const dyadKey = Math.min(a, b) * 65536 + Math.max(a, b);
    const t = vocab.EVENT_TYPES[this.weightedEventType()]!;
    const day = this.eventDay();
    const id = ids.event(i);
    const actor = this.actor(a);
    const target = this.actor(b);
    const name = `${countryName(a)} ${t.verb} ${countryName(b)} (${t.eventType.toLowerCase()} ${i + 1})`;
    const quad = vocab.quadClass(t.cameoRoot);
    const direction = quad.endsWith('cooperation') ? 'cooperation' : 'conflict';
    let time: JsonProperties;
    let start = day;
    if (this.rng.chance(0.1)) {
      start = floorTo(day, 'month');
      time = {
        validFrom: iso(start),
        validFromPrecision: 'month',
        validTo: iso(Math.min(floorTo(END, 'month'), addMonths(start, this.rng.int(1, 6)))),
        validToPrecision: 'month',
      };
    } else {
      const precision = this.precision();
      start = floorTo(day, precision);
      time = { date: iso(start), datePrecision: precision };
    }
    this.node(
      'Event',
      id,
      {
        name,
        eventType: t.eventType,
        cameoRoot: t.cameoRoot,
        cameoCode: t.cameoCode,
        quadClass: quad,
        direction,
        bilateralDirection: this.rng.chance(0.8) ? direction : 'neutral',
        phase: this.rng.pick(['completed', 'completed', 'completed', 'ongoing', 'agreed', 'planned']),
        ...time,
      },
      name,
      start,
      a,
    );
    this.rel('PARTICIPATED_IN', actor, id, { role: 'actor' }, start, a);
    this.rel('PARTICIPATED_IN', target, id, { role: 'target' }, start, b);
    if (this.rng.chance(0.4)) {
      const side = this.rng.chance(0.5) ? a : b;
      const extra = this.actor(side);
      if (extra !== actor && extra !== target) {
        this.rel(
          'PARTICIPATED_IN',
          extra,
          id,
          { role: this.rng.pick(['partner', 'recipient', 'counterpart']) },
          start,
          side,
        );
      }
    }
    const where = this.rng.chance(0.5) ? a : b;
    this.rel(
      'OCCURRED_AT',
      id,
      this.rng.chance(0.7) ? ids.place(where, this.rng.int(0, this.placeCount(where) - 1)) : ids.country(where),
      {},
      start,
      a,
    );
    const issue = this.issueZipf.sample(this.rng);
    this.rel('CONCERNS', id, ids.issue(issue), {}, start, a);
    if (this.rng.chance(0.3)) {
      const second = this.issueZipf.sample(this.rng);
      if (second !== issue) this.rel('CONCERNS', id, ids.issue(second), {}, start, a);
    }
    if (this.rng.chance(0.08)) {
      const owner = this.rng.chance(0.5) ? a : b;
      const policies = this.policiesBy[owner]!;
      const policy =
        policies.length > 0 && this.rng.chance(0.7) ? ids.policy(this.rng.pick(policies)) : this.policy(owner, start);
      this.rel('ACTS_ON', id, policy, { action: this.rng.pick(vocab.ACTS_ON_ACTIONS) }, start, owner);
    }
    const recent = this.recentByDyad.get(dyadKey) ?? [];
    const earlier = recent.filter((e) => e.day <= start);
    if (earlier.length > 0 && this.rng.chance(0.3))
      this.rel('RESPONDS_TO', id, this.rng.pick(earlier).id, {}, start, a);
    if (earlier.length > 0 && this.rng.chance(0.1))
      this.rel('FOLLOWS', id, earlier[earlier.length - 1]!.id, {}, start, a);

    recent.push({ id, day: start, eventType: t.eventType });
    if (recent.length > 6) recent.shift();
    this.recentByDyad.set(dyadKey, recent);

    // Episodes and observations around the event, at rates that keep them a small share.
    if (this.rng.chance(0.005)) this.situation(a, b, start);
    if (this.rng.chance(0.02)) this.statistic(id, a, start);
    if (this.rng.chance(0.05)) this.quote(id, a, issue, start);
    if (this.rng.chance(0.02)) this.claim(id, b, start);
    if (this.rng.chance(0.006) && recent.length >= 2) this.exchange(a, b, recent, start);
    if (this.rng.chance(0.004) && recent.length >= 2) this.coercion(a, b, recent, start);
    if (this.rng.chance(0.003)) this.linkage(a, b, recent, start);
  }

  private readonly eventTypeWeights = (() => {
    const total = vocab.EVENT_TYPES.reduce((s, t) => s + t.weight, 0);
    let acc = 0;
    return vocab.EVENT_TYPES.map((t) => (acc += t.weight / total));
  })();

  private weightedEventType(): number {
    const u = this.rng.float();
    const k = this.eventTypeWeights.findIndex((w) => u < w);
    return k === -1 ? this.eventTypeWeights.length - 1 : k;
  }

  private situation(a: number, b: number, day: number): void {
    const i = this.counters.situation++;
    const id = ids.situation(i);
    const kind = this.rng.pick(vocab.SITUATION_KINDS);
    const name = `${kind.replace('-', ' ')} in ${countryName(a)} ${i + 1}`;
    const month = floorTo(day, 'month');
    this.node(
      'Situation',
      id,
      { name, kind, phase: 'ongoing', date: iso(month), datePrecision: 'month' },
      name,
      month,
      a,
    );
    this.rel('OCCURRED_AT', id, ids.country(a), {}, month, a);
    this.rel('CONCERNS', id, ids.issue(this.issueZipf.sample(this.rng)), {}, month, a);
    if (this.rng.chance(0.3)) this.rel('PARTICIPATED_IN', ids.org(this.org(b)), id, { role: 'contender' }, month, b);
  }

  private statistic(event: string, c: number, day: number): void {
    const i = this.counters.statistic++;
    const id = ids.statistic(i);
    const m = this.rng.pick(vocab.METRICS);
    const month = floorTo(day, 'month');
    const value = this.rng.int(100, 200_000);
    const name = `${m.metric} in ${countryName(c)}, ${iso(month).slice(0, 7)}`;
    this.node(
      'Statistic',
      id,
      {
        name,
        metric: m.metric,
        value,
        unit: m.unit,
        qualifier: this.rng.pick(['exactly', 'more than', 'nearly']),
        date: iso(month),
        datePrecision: 'month',
      },
      name,
      month,
      c,
    );
    this.rel('MEASURES', id, event, {}, month, c);
    this.rel('OBSERVED_AT', id, ids.country(c), {}, month, c);
    this.rel('REPORTED_BY', id, ids.org(this.org(c)), {}, month, c);
  }

  private quote(event: string, c: number, issue: number, day: number): void {
    const i = this.counters.quote++;
    const id = ids.quote(i);
    const speaker = ids.person(this.person(c));
    const issueName = [...vocab.ISSUES, ...vocab.SUB_ISSUES][issue]!;
    const text = `Synthetic remark ${i + 1} on ${issueName.toLowerCase()} by a speaker from ${countryName(c)}.`;
    this.node(
      'Quote',
      id,
      {
        name: `Quote ${i + 1}`,
        text,
        medium: this.rng.pick(vocab.QUOTE_MEDIA),
        date: iso(day),
        datePrecision: 'day',
        partial: false,
      },
      text,
      day,
      c,
    );
    this.rel('SAID_BY', id, speaker, {}, day, c);
    this.rel('CONCERNS', id, ids.issue(issue), {}, day, c);
    if (this.rng.chance(0.5)) this.rel('CONCERNS', id, event, {}, day, c);
    if (this.rng.chance(0.2)) this.rel('REPORTED_BY', id, 'org:syn-wire', { role: 'cited-outlet' }, day, c);
  }

  private claim(event: string, c: number, day: number): void {
    const i = this.counters.claim++;
    const id = ids.claim(i);
    const statement = `Synthetic claim ${i + 1}: officials of ${countryName(c)} describe the motive behind ${event}.`;
    this.node(
      'Claim',
      id,
      { name: `Claim ${i + 1}`, statement, date: iso(day), datePrecision: 'day' },
      statement,
      day,
      c,
    );
    this.rel('CLAIMED_BY', id, this.rng.chance(0.6) ? ids.person(this.person(c)) : ids.org(this.org(c)), {}, day, c);
    this.rel('CONCERNS', id, event, {}, day, c);
  }

  private exchange(a: number, b: number, recent: RecentEvent[], day: number): void {
    const i = this.counters.exchange++;
    const id = ids.exchange(i);
    const month = floorTo(day, 'month');
    const name = `Exchange ${i + 1} between ${countryName(a)} and ${countryName(b)}`;
    this.node(
      'Exchange',
      id,
      {
        name,
        explicitness: this.rng.pick(vocab.EXPLICITNESS),
        phase: this.rng.pick(vocab.EXCHANGE_PHASES),
        date: iso(month),
        datePrecision: 'month',
      },
      name,
      month,
      a,
    );
    const parts = this.rng.chance(0.3) ? 3 : 2;
    for (let k = 0; k < parts; k++) {
      const [giver, receiver] = k % 2 === 0 ? [a, b] : [b, a];
      const cid = ids.concession(i, k);
      const kind = this.rng.pick(vocab.CONCESSION_KINDS);
      const cname = `${countryName(giver)} ${kind} in exchange ${i + 1}`;
      this.node(
        'Concession',
        cid,
        { name: cname, kind, explicitness: this.rng.pick(vocab.EXPLICITNESS), phase: 'agreed' },
        cname,
        month,
        giver,
      );
      this.rel('HAS_CONCESSION', id, cid, {}, month, a);
      this.rel('GIVEN_BY', cid, this.rng.chance(0.6) ? ids.country(giver) : this.actor(giver), {}, month, giver);
      this.rel('GIVEN_TO', cid, ids.country(receiver), {}, month, giver);
      if (kind !== 'forbearance' && this.rng.chance(0.7))
        this.rel('REALISED_BY', cid, this.rng.pick(recent).id, {}, month, giver);
    }
  }

  private coercion(a: number, b: number, recent: RecentEvent[], day: number): void {
    const i = this.counters.coercion++;
    const id = ids.coercion(i);
    const kind = this.rng.chance(0.6) ? 'threat' : 'pressure';
    const name = `${countryName(a)} ${kind} on ${countryName(b)} ${i + 1}`;
    this.node(
      'Coercion',
      id,
      {
        name,
        kind,
        explicitness: this.rng.pick(vocab.EXPLICITNESS),
        outcome: this.rng.pick(['complied', 'resisted', 'unknown']),
        date: iso(day),
        datePrecision: 'day',
      },
      name,
      day,
      a,
    );
    const threat = recent[recent.length - 2]!;
    const response = recent[recent.length - 1]!;
    this.rel('HAS_PART', id, threat.id, { role: kind }, threat.day, a);
    this.rel('HAS_PART', id, response.id, { role: 'response' }, response.day, b);
    this.rel('PARTICIPATED_IN', ids.country(a), id, { role: 'coercer' }, day, a);
    this.rel('PARTICIPATED_IN', this.rng.chance(0.5) ? ids.country(b) : this.actor(b), id, { role: 'target' }, day, b);
  }

  private linkage(a: number, b: number, recent: RecentEvent[], day: number): void {
    const i = this.counters.linkage++;
    const id = ids.linkage(i);
    const kind = this.rng.pick(vocab.LINKAGE_KINDS);
    const year = floorTo(day, 'year');
    const name = `${countryName(a)} ${kind} ${i + 1}`;
    this.node(
      'IssueLinkage',
      id,
      {
        name,
        kind,
        explicitness: this.rng.pick(vocab.EXPLICITNESS),
        phase: this.rng.pick(['ongoing', 'ended', 'sought']),
        validFrom: iso(year),
        validFromPrecision: 'year',
      },
      name,
      year,
      a,
    );
    const lever = this.issueZipf.sample(this.rng);
    let demand = this.issueZipf.sample(this.rng);
    if (demand === lever) demand = (lever + 1) % this.issueCount;
    this.rel('LINKS', id, ids.issue(lever), { role: 'lever' }, year, a);
    this.rel('LINKS', id, ids.issue(demand), { role: 'demand' }, year, a);
    this.rel('PARTICIPATED_IN', this.actor(a), id, { role: 'linker' }, year, a);
    if (this.rng.chance(0.5)) this.rel('PARTICIPATED_IN', ids.country(b), id, { role: 'cause' }, year, b);
    if (recent.length > 0) this.rel('HAS_PART', id, recent[recent.length - 1]!.id, { role: 'instrument' }, year, a);
  }

  async run(onProgress: (eventsDone: number) => void): Promise<void> {
    await this.writeStatic();
    // Some policies exist before any event acts on them.
    for (let c = 0; c < this.options.countries; c++) {
      for (let k = 0; k < 2; k++) this.policy(c, START + this.rng.int(0, END - START));
    }
    for (let i = 0; i < this.options.events; i++) {
      this.event(i);
      if (i % 500 === 499) {
        await this.out.drain();
        onProgress(i + 1);
      }
    }
    onProgress(this.options.events);
  }
}

/** Generate a corpus into `dir` (nodes/*.jsonl, rels/*.jsonl with each fact's evidence after it, manifest.json); returns the manifest. */
export async function generateCorpus(
  options: CorpusOptions,
  dir: string,
  onProgress: (eventsDone: number) => void = () => undefined,
): Promise<Manifest> {
  const writer = new CorpusWriter(dir);
  const generator = new CorpusGenerator(options, writer);
  await generator.run(onProgress);
  const files = writer.fileNames();
  const counts = await writer.close();
  const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
  const manifest: Manifest = {
    generator: 'bilateral-relations-graph synthetic corpus',
    formatVersion: FORMAT_VERSION,
    options,
    counts,
    totals: { nodes: sum(counts.nodes), relationships: sum(counts.relationships), evidence: sum(counts.evidence) },
    evidence: generator.shape,
    files,
  };
  const fs = await import('node:fs');
  const path = await import('node:path');
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
