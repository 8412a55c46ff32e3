/**
 * The ranges and defaults of the API's numeric arguments, in one place: the resolvers
 * validate against them and the explorer page builds its controls from them, so the
 * page can never offer a value the API refuses. The SDL states the same defaults
 * (test/unit/limits.test.ts keeps the two equal).
 */

export interface IntRange {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

export const LIMITS = {
  /** search(first) */
  searchFirst: { min: 1, max: 100, default: 20 },
  /** neighbourhood(depth) */
  neighbourhoodDepth: { min: 1, max: 2, default: 1 },
  /** neighbourhood(limit): relationships */
  neighbourhoodLimit: { min: 1, max: 500, default: 200 },
  /** overview(first): entities */
  overviewFirst: { min: 1, max: 50, default: 20 },
  /** linkagePaths(k) */
  pathK: { min: 1, max: 10, default: 3 },
  /** linkagePaths(maxHops) */
  pathMaxHops: { min: 1, max: 6, default: 4 },
  /** Entity.relationships(first) */
  relationshipsFirst: { min: 1, max: 100, default: 20 },
  /** timeline / statistics / quotes (limit) */
  researchLimit: { min: 1, max: 500, default: 100 },
  /** sources(first) */
  sourcesFirst: { min: 1, max: 500, default: 100 },
  /** Source.evidence(first) */
  evidenceFirst: { min: 1, max: 100, default: 20 },
  /** ProvenanceFilter.minSources (no default: absent means any) */
  minSources: { min: 1, max: 1000, default: 1 },
} as const satisfies Record<string, IntRange>;

/** minConfidence arguments: a share between 0 and 1; unrated facts count as 1. */
export const CONFIDENCE = { min: 0, max: 1 } as const;
