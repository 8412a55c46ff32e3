/**
 * What every part of the synthetic generator shares: the options, the one random stream (the
 * order of draws is what makes a seed give the same bytes, so every part draws from this one),
 * the Zipf tables of countries and issues, the actors, the sources and the fact writer.
 */
import { Actors } from './actors';
import { Facts } from './facts';
import { Rng, Zipf } from './random';
import { Sources } from './sources';
import { CorpusWriter } from './writer';

export interface CorpusOptions {
  seed: number;
  countries: number;
  actors: number;
  events: number;
}

export interface Generation {
  readonly options: CorpusOptions;
  readonly rng: Rng;
  /** Which country an actor, event or role is drawn from: a few hub countries take most. */
  readonly countryZipf: Zipf;
  /** Which issue something concerns: a few issues take most. */
  readonly issueZipf: Zipf;
  readonly actors: Actors;
  readonly sources: Sources;
  readonly facts: Facts;
  readonly out: CorpusWriter;
}
