/**
 * The people and organisations of the synthetic corpus and the countries they belong to. Every
 * country gets three persons and three organisations; the rest follow the countries' Zipf
 * weights, so hub countries have many actors, and within a country a few actors are drawn far
 * more often than the rest (Zipf again): the skew that makes the corpus worth benchmarking on.
 */
import { Rng, Zipf, ZipfCache } from './random';
import { cap, countryName, hash, ids, syl } from './names';
import * as vocab from './vocabulary';

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

export class Actors {
  readonly persons: number;
  readonly orgs: number;
  readonly personCountry: Uint16Array;
  readonly orgCountry: Uint16Array;
  readonly personsBy: Grouped;
  readonly orgsBy: Grouped;
  private readonly zipfs = new ZipfCache();

  /** Draws every actor's country from `rng` (persons first, then organisations). */
  constructor(
    private readonly rng: Rng,
    private readonly countries: number,
    actors: number,
    countryZipf: Zipf,
  ) {
    this.orgs = Math.max(countries * 3, Math.round(actors * 0.3));
    this.persons = Math.max(countries * 3, actors - this.orgs);
    this.personCountry = new Uint16Array(this.persons);
    for (let p = 0; p < this.persons; p++) {
      this.personCountry[p] = p < countries * 3 ? p % countries : countryZipf.sample(rng);
    }
    this.orgCountry = new Uint16Array(this.orgs);
    for (let o = 0; o < this.orgs; o++) {
      this.orgCountry[o] = o < countries * 3 ? o % countries : countryZipf.sample(rng);
    }
    this.personsBy = new Grouped(countries, this.personCountry);
    this.orgsBy = new Grouped(countries, this.orgCountry);
  }

  /** A person of country `c`, Zipf-drawn. */
  person(c: number): number {
    const n = this.personsBy.size(c);
    return this.personsBy.at(c, this.zipfs.get(n, 1.1).sample(this.rng));
  }

  /** An organisation of country `c`, Zipf-drawn. */
  org(c: number): number {
    const n = this.orgsBy.size(c);
    return this.orgsBy.at(c, this.zipfs.get(n, 1.1).sample(this.rng));
  }

  /** The first organisation of a country: its government. */
  government(c: number): number {
    return this.orgsBy.at(c, 0);
  }

  /** An actor on a country's side: the country itself, one of its organisations or one of its people. */
  actor(c: number): string {
    const u = this.rng.float();
    if (u < 0.2) return ids.country(c);
    if (u < 0.5) return ids.org(this.org(c));
    return ids.person(this.person(c));
  }

  orgName(o: number): string {
    const c = this.orgCountry[o]!;
    const rank = o - this.orgsBy.at(c, 0);
    if (rank === 0) return `Government of ${countryName(c)}`;
    const k = vocab.ORG_KINDS[hash(o, 17) % vocab.ORG_KINDS.length]!;
    return `${countryName(c)} ${k.suffix}${o >= this.countries * 3 ? ` ${cap(syl(hash(o, 19), 0) + syl(hash(o, 19), 1))}` : ''}`;
  }
}
