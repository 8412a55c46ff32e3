/**
 * The synthetic sources and the evidence records they give (docs/evidence.md): which sources
 * report a fact, whom they attribute it to, how sure the editors are, and which later source
 * disputes it. Tallies what the evidence should look like once loaded (EvidenceShape, in the
 * manifest), so the loader's summaries can be checked against it.
 */
import type { EvidenceRecordBody } from '../load/evidence';
import { Actors } from './actors';
import { END, START } from './calendar';
import { countryName, ids } from './names';
import { Rng, Zipf } from './random';
import { CorpusWriter } from './writer';

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

/** Extra supporting sources per fact (0–3), Zipf-like: about 79% none, 14% one, 5% two, 2.5% three. */
const SOURCES_PER_FACT = new Zipf(4, 2.5);

/** What an evidence record is about. */
export type FactRef = Pick<EvidenceRecordBody, 'factId' | 'factKind' | 'factType' | 'factFrom' | 'factTo'>;

/** One fact's evidence to write: the fact, the sentence its excerpts say, and what places it. */
export interface FactEvidence {
  fact: FactRef;
  /** What the excerpts say (prefixed "[synthetic]"). */
  text: string;
  /** The day the fact happened, if dated: its sources report after it. */
  day?: number;
  /** The country whose officials or people the sources may attribute it to. */
  country?: number;
  /** A statistic's value: a dispute gives another figure. */
  value?: number;
}

export class Sources {
  /** One source per hundred events, at least five. */
  readonly count: number;
  readonly shape: EvidenceShape = {
    facts: 0,
    factsBySourceCount: {},
    factsQuotedTwiceByOneSource: 0,
    disputedFacts: 0,
  };

  constructor(
    private readonly rng: Rng,
    private readonly actors: Actors,
    private readonly out: CorpusWriter,
    events: number,
  ) {
    this.count = Math.max(5, Math.ceil(events / 100));
  }

  /** The index of the synthetic source reporting on a day: sources are spread evenly over the period, each dated after what it reports. */
  private indexFor(day: number | undefined): number {
    if (day === undefined) return this.rng.int(0, this.count - 1);
    const k = Math.floor(((day - START) / (END - START + 1)) * this.count);
    return Math.min(this.count - 1, Math.max(0, k));
  }

  /** The day source `k` is published. */
  dayOf(k: number): number {
    return START + Math.ceil(((k + 1) * (END - START + 1)) / this.count) - 1;
  }

  /**
   * `n` distinct sources for a fact: the first reports it, the others follow it up (the next
   * reports in time, or earlier ones when it is among the last); undated facts draw at random.
   */
  private sourcesFor(day: number | undefined, n: number): number[] {
    const first = this.indexFor(day);
    const out = [first];
    for (let step = 1; out.length < n && step < this.count; step++) {
      const k = day === undefined ? this.rng.int(0, this.count - 1) : first + step;
      const next = k < this.count ? k : first - (k - this.count + 1);
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
    const { personsBy } = this.actors;
    const u = this.rng.float();
    const confidence = this.rng.pick([1.0, 1.0, 1.0, 0.9, 0.8, 0.7, 0.6, 0.5]);
    if (u < 0.6) return { attribution: 'reporting', attributedTo: ids.wire, confidence, status: 'asserted' };
    if (u < 0.75 && country !== undefined && personsBy.size(country) > 0) {
      const p = personsBy.at(country, this.rng.int(0, personsBy.size(country) - 1));
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
  evidence({ fact, text, day, country, value }: FactEvidence): void {
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
          country !== undefined && this.actors.personsBy.size(country) > 0 && this.rng.chance(0.5)
            ? { attribution: 'named-person' as const, attributedTo: ids.person(this.actors.person(country)) }
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
}
