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
import { DomainError, ErrorCode } from '../errors';
import { Context } from './context';
import { EntityRecord } from './model';
import { asCandidate, Candidate, decide, idShape, nameText, rankSuggestions, suggestionQuery } from './names';
import * as v from './validate';

/** How many candidates or suggestions an error lists. */
const LISTED = 8;
const SUGGESTED = 5;

const describe = (c: Candidate): string => `${c.name} (${c.id}, ${c.entityType})`;

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
  const { byId, candidates } = await ctx.loaders.names.load(value);
  if (byId) {
    ctx.loaders.entity.prime(byId.id, byId);
    return byId;
  }
  const found = decide(value, candidates, prefer);
  if (found.kind === 'entity') {
    ctx.loaders.entity.prime(found.entity.id, found.entity);
    return found.entity;
  }
  if (found.kind === 'ambiguous') {
    const listed = found.candidates.slice(0, LISTED).map(asCandidate);
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      `${arg}: "${input}" may mean ${found.candidates.length} entities: ${listed.map(describe).join('; ')}` +
        `${found.candidates.length > LISTED ? '; …' : ''}. Give one of their ids.`,
      { argument: arg, candidates: listed },
    );
  }
  const suggestions = await suggest(ctx, value);
  throw new DomainError(
    ErrorCode.NOT_FOUND,
    `${arg}: no entity has the id or name "${input}".` +
      (suggestions.length ? ` Did you mean ${suggestions.map(describe).join('; ')}?` : ' Try search(query:) to find it.'),
    { argument: arg, id: input, suggestions },
  );
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
async function suggest(ctx: Context, input: string): Promise<Candidate[]> {
  const lucene = suggestionQuery(nameText(input));
  const shape = idShape(input);
  if (lucene === null && shape === null) return [];
  const rows = await ctx.graph.read<{ id: string; labels: string[]; name: string | null; aliases: string[] }>(
    'entity/suggestions',
    { lucene, prefix: shape ? `${shape.kind}:` : null, limit: 50 },
  );
  return rankSuggestions(input, rows, SUGGESTED);
}

/** The entities that exist among `ids`, in order (unknown ids are skipped). */
export async function existingEntities(ctx: Context, ids: string[]): Promise<EntityRecord[]> {
  return (await ctx.loaders.entity.loadMany(ids)).filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}
