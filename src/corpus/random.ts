/**
 * Seeded randomness for the synthetic corpus: the same seed gives the same corpus, byte
 * for byte, on any machine. The generator is pure-rand's xoroshiro128+ (a maintained
 * library; Math.random cannot be seeded).
 */
import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import type { RandomGenerator } from 'pure-rand';

const TWO_POW_32 = 2 ** 32;

export class Rng {
  private readonly gen: RandomGenerator;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed | 0);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return (this.gen.unsafeNext() >>> 0) / TWO_POW_32;
  }

  /** Uniform whole number in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.gen);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }
}

/**
 * Zipf-like ranks in [0, n): P(rank k) ∝ 1 / (k + 1)^s. A few ranks (hub actors, the
 * busiest country pairs) get most draws; the long tail gets a few each. The cumulative
 * weights are computed once per (n, s) and searched by bisection.
 */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(
    readonly n: number,
    readonly s: number,
  ) {
    if (n < 1) throw new Error('Zipf needs at least one rank');
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) {
      total += 1 / Math.pow(k + 1, s);
      this.cdf[k] = total;
    }
    for (let k = 0; k < n; k++) this.cdf[k]! /= total;
  }

  sample(rng: Rng): number {
    const u = rng.float();
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** One Zipf table per (n, s): country actor lists of equal length share it. */
export class ZipfCache {
  private readonly tables = new Map<string, Zipf>();

  get(n: number, s: number): Zipf {
    const key = `${n}:${s}`;
    let z = this.tables.get(key);
    if (!z) {
      z = new Zipf(n, s);
      this.tables.set(key, z);
    }
    return z;
  }
}
