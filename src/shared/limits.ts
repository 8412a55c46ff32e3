/**
 * The ranges and defaults of the API's numeric arguments, written once, here: the
 * resolvers validate against them, the explorer page builds its controls from them (so
 * it can never offer a value the API refuses), the export selection and CLI take the
 * path ranges from them, and the SDL takes its defaults and range texts from them
 * (an argument marked `@limit(range: "pathK")` gets ARGUMENT_RANGES.pathK's default and "(1-10)"
 * when the schema is built: src/graphql/sdl.ts). The one literal copy is the hop cap in
 * cypher/queries/graph/linkage-paths.cypher, which must run as is in cypher-shell;
 * test/unit/limits.test.ts keeps it equal to pathMaxHops.max.
 */

export interface IntRange {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

export const ARGUMENT_RANGES = {
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
  /** history(first): change records */
  historyFirst: { min: 1, max: 200, default: 50 },
  /** ProvenanceFilter.minSources (no default: absent means any) */
  minSources: { min: 1, max: 1000, default: 1 },
  /** Exports (GET /export, npm run export): hops around the seed ids */
  exportDepth: { min: 1, max: 3, default: 1 },
} as const satisfies Record<string, IntRange>;

/** How many seed ids an export takes, and how long one may be. */
export const EXPORT_IDS = { maxIds: 100, maxIdLength: 200 } as const;

/** minConfidence arguments: a share between 0 and 1; unrated facts count as 1. */
export const CONFIDENCE = { min: 0, max: 1 } as const;
