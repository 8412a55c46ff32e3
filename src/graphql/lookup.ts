/**
 * Entity look-ups shared by the resolver modules, through the request's loader.
 */
import { badInput, DomainError, ErrorCode, notFound } from '../errors';
import { Context } from './context';
import { EntityRecord } from './model';
import * as v from './validate';

/**
 * The entity an argument names. What an unknown id means depends on the field: the
 * subject of the query (entity, neighbourhood, paths) is NOT_FOUND; a filter naming a
 * nonexistent entity (timeline actor, quotes speaker…) is a BAD_USER_INPUT.
 */
export async function requireEntity(
  ctx: Context,
  arg: string,
  id: string,
  missing: 'NOT_FOUND' | 'BAD_USER_INPUT' = 'NOT_FOUND',
): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(v.id(arg, id));
  if (entity) return entity;
  throw missing === 'NOT_FOUND' ? notFound('entity', id) : badInput(`${arg}: no entity with id "${id}".`, arg);
}

/** The entities that exist among `ids`, in order (unknown ids are skipped). */
export async function existingEntities(ctx: Context, ids: string[]): Promise<EntityRecord[]> {
  return (await ctx.loaders.entity.loadMany(ids)).filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

/**
 * A relationship's endpoint (Relationship.from/to, Hop.from/to, a link type's ends).
 * Relationships only join entities that exist, so a missing one is the graph's fault,
 * reported as an internal error rather than a null in a non-null field.
 */
export async function endpoint(ctx: Context, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(id);
  if (entity) return entity;
  throw new DomainError(
    ErrorCode.INTERNAL_SERVER_ERROR,
    'A relationship of the graph ends at an entity that is missing.',
  );
}
