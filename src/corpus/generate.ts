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
 *
 * The parts, one job each: calendar.ts (days, precisions), names.ts (ids and made-up names),
 * actors.ts, sources.ts (sources and evidence attribution), facts.ts (a fact and its evidence),
 * world.ts (the static world: countries, places, organisations, people, offices, roles),
 * policies.ts, events.ts, observations.ts, episodes.ts (exchanges, coercions, linkages). They
 * share one random stream (context.ts): the order of draws is what a seed fixes.
 */
import { Actors } from './actors';
import { END, START } from './calendar';
import { CorpusOptions, Generation } from './context';
import { Events } from './events';
import { Facts } from './facts';
import { ISSUE_COUNT } from './names';
import { Policies } from './policies';
import { Rng, Zipf } from './random';
import { EvidenceShape, Sources } from './sources';
import { writeWorld } from './world';
import { CorpusCounts, CorpusWriter } from './writer';

export type { CorpusOptions } from './context';
export type { EvidenceShape } from './sources';

/** 2: evidence records of their own; facts carry no provenance (docs/evidence.md). */
export const FORMAT_VERSION = 2;

export interface Manifest {
  generator: 'bilateral-relations-graph synthetic corpus';
  formatVersion: typeof FORMAT_VERSION;
  options: CorpusOptions;
  counts: CorpusCounts;
  totals: { nodes: number; relationships: number; evidence: number };
  evidence: EvidenceShape;
  files: string[];
}

/** Size presets. Relationships come to roughly 5.5 per event plus ~1.5 per actor. */
export const SIZES: Record<string, Omit<CorpusOptions, 'seed'>> = {
  tiny: { countries: 12, actors: 300, events: 1_500 },
  small: { countries: 60, actors: 3_000, events: 25_000 },
  medium: { countries: 150, actors: 20_000, events: 180_000 },
  large: { countries: 200, actors: 100_000, events: 1_000_000 },
};

export const CORPUS_SIZE_LIMITS = { countries: 400, actors: 1_000_000, events: 10_000_000 };

/** Wires the parts together in the order their draws were made when the seed's bytes were fixed. */
export class CorpusGenerator {
  private readonly g: Generation;
  private readonly policies: Policies;
  private readonly events: Events;

  constructor(
    readonly options: CorpusOptions,
    out: CorpusWriter,
  ) {
    const rng = new Rng(options.seed);
    const countryZipf = new Zipf(options.countries, 1.0);
    const issueZipf = new Zipf(ISSUE_COUNT, 0.9);
    const actors = new Actors(rng, options.countries, options.actors, countryZipf);
    const sources = new Sources(rng, actors, out, options.events);
    const facts = new Facts(out, sources);
    this.g = { options, rng, countryZipf, issueZipf, actors, sources, facts, out };
    this.policies = new Policies(this.g);
    this.events = new Events(this.g, this.policies);
  }

  /** How the evidence written so far is spread over the facts. */
  get shape(): EvidenceShape {
    return this.g.sources.shape;
  }

  async run(onProgress: (eventsDone: number) => void): Promise<void> {
    const { out, rng } = this.g;
    await writeWorld(this.g);
    // Some policies exist before any event acts on them.
    for (let c = 0; c < this.options.countries; c++) {
      for (let k = 0; k < 2; k++) this.policies.create(c, START + rng.int(0, END - START));
    }
    for (let i = 0; i < this.options.events; i++) {
      this.events.write(i);
      if (i % 500 === 499) {
        await out.drain();
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
