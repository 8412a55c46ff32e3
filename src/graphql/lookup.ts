/**
 * Entity arguments: the one place where what a caller wrote where an entity goes
 * (an id, a name, an alias, a mistyped id) becomes an entity, for every field alike.
 *
 *   - an id, or a name or alias that means exactly one entity (accents, case and
 *     punctuation do not matter: "Lopez Obrador", "mexico", "person:amlo") → the entity;
 *   - a name several entities answer to → BAD_USER_INPUT listing them (`candidates`);
 *   - nothing → NOT_FOUND with the closest names (`suggestions`, "did you mean").
 *
 * The same codes in every field: an entity argument naming nothing is NOT_FOUND whether
 * it is the subject of the query (entity, linkagePaths) or a filter (timeline actor,
 * quotes speaker). Look-ups are batched per request level by the `names` loader.
 */
import { entity } from '../db/queries';
import { QueryReader } from '../db/query';
import { DomainError, ErrorCode } from '../errors';
import { Context } from './context';
import { EntityRecord, toEntity } from './model';
import {
  asCandidate,
  Candidate,
  decide,
  idShape,
  namePhraseQuery,
  nameText,
  rankSuggestions,
  suggestionQuery,
} from './names';
import * as v from './validate';

/** How many candidates or suggestions an error lists. */
const LISTED = 8;
const SUGGESTED = 5;

const describe = (c: Candidate): string => `${c.name} (${c.id}, ${c.entityType})`;

/** Runs the look-ups: the request's gateway, or an export's transaction (readerOf). */
export type NameReader = QueryReader;

/** An entity argument's id match, or the entities its text may name. */
export interface NameCandidates {
  byId: EntityRecord | null;
  candidates: EntityRecord[];
}

/** What each of `inputs` may name, in one query (entity/resolve.cypher). */
export async function candidatesFor(read: NameReader, inputs: readonly string[]): Promise<NameCandidates[]> {
  const rows = await read.read(entity.resolve, {
    keys: inputs.map((key) => ({ key, lucene: namePhraseQuery(nameText(key)) })),
  });
  const byKey = new Map<string, NameCandidates>();
  for (const r of rows) {
    const key = String(r.key);
    const entry = byKey.get(key) ?? { byId: null, candidates: [] };
    const found = toEntity(r);
    if (r.byId === true) entry.byId = found;
    else entry.candidates.push(found);
    byKey.set(key, entry);
  }
  return inputs.map((k) => byKey.get(k) ?? { byId: null, candidates: [] });
}

/**
 * The one entity an argument's candidates settle on, or the error that says why there
 * is none: BAD_USER_INPUT listing the candidates, or NOT_FOUND with suggestions.
 */
export async function settle(
  read: NameReader,
  arg: string,
  input: string,
  found: NameCandidates,
  prefer: readonly string[] = [],
): Promise<EntityRecord> {
  if (found.byId) return found.byId;
  const decided = decide(input, found.candidates, prefer);
  if (decided.kind === 'entity') return decided.entity;
  if (decided.kind === 'ambiguous') {
    const listed = decided.candidates.slice(0, LISTED).map(asCandidate);
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `${arg}: "${input}" may mean ${decided.candidates.length} entities: ${listed.map(describe).join('; ')}` +
        `${decided.candidates.length > LISTED ? '; …' : ''}. Give one of their ids.`,
      { argument: arg, candidates: listed },
    );
  }
  const suggestions = await suggest(read, input);
  throw new DomainError(
    ErrorCode.NOT_FOUND,
    `${arg}: no entity has the id or name "${input}".` +
      (suggestions.length
        ? ` Did you mean ${suggestions.map(describe).join('; ')}?`
        : ' Try search(query:) to find it.'),
    { argument: arg, id: input, suggestions },
  );
}

/** Every entity argument of a list, resolved in one query (for callers without a request's loaders). */
export async function resolveWith(
  read: NameReader,
  arg: string,
  inputs: readonly string[],
  prefer: readonly string[] = [],
): Promise<EntityRecord[]> {
  const values = inputs.map((input) => v.id(arg, input).trim());
  const found = await candidatesFor(read, values);
  return Promise.all(values.map((value, i) => settle(read, arg, value, found[i]!, prefer)));
}

/**
 * The entity an argument names. `prefer`: labels that settle an ambiguous name
 * (a country argument given "Mexico" means the Country if only one candidate is one).
 */
export async function resolveEntity(
  ctx: Context,
  arg: string,
  input: string,
  prefer: readonly string[] = [],
): Promise<EntityRecord> {
  const value = v.id(arg, input).trim();
  const found = await settle(ctx.graph, arg, value, await ctx.loaders.names.load(value), prefer);
  ctx.loaders.entity.prime(found.id, found);
  return found;
}

/** An optional entity argument: null when absent. */
export async function resolveOptional(
  ctx: Context,
  arg: string,
  input: string | null | undefined,
  prefer: readonly string[] = [],
): Promise<EntityRecord | null> {
  return input === null || input === undefined ? null : resolveEntity(ctx, arg, input, prefer);
}

/** A list argument of entities, each resolved (in one batch), duplicates kept in order. */
export function resolveEntities(
  ctx: Context,
  arg: string,
  inputs: readonly string[],
  prefer: readonly string[] = [],
): Promise<EntityRecord[]> {
  return Promise.all(inputs.map((input) => resolveEntity(ctx, arg, input, prefer)));
}

/** The closest entities to an argument that names none ("did you mean"). */
async function suggest(read: NameReader, input: string): Promise<Candidate[]> {
  const lucene = suggestionQuery(nameText(input));
  const shape = idShape(input);
  if (lucene === null && shape === null) return [];
  const rows = await read.read(entity.suggestions, { lucene, prefix: shape ? `${shape.kind}:` : null, limit: 50 });
  return rankSuggestions(input, rows, SUGGESTED);
}

/** The entities that exist among `ids`, in order (unknown ids are skipped). */
export async function existingEntities(ctx: Context, ids: string[]): Promise<EntityRecord[]> {
  return (await ctx.loaders.entity.loadMany(ids)).filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

/**
 * A relationship's endpoint (Relationship.from/to, Hop.from/to, a link type's ends).
 * A retracted relationship (includeRetracted reads) may end at a retracted entity, so
 * those are looked up too. Relationships only join entities that exist, so a missing one is the graph's fault,
 * reported as an internal error rather than a null in a non-null field.
 */
export async function endpoint(ctx: Context, id: string): Promise<EntityRecord> {
  const entity = (await ctx.loaders.entity.load(id)) ?? (await ctx.loaders.retractedEntity.load(id));
  if (entity) return entity;
  throw new DomainError(
    ErrorCode.INTERNAL_SERVER_ERROR,
    'A relationship of the graph ends at an entity that is missing.',
  );
}
