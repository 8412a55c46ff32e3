/**
 * Resolvers for the typed entities and link types of schema/entities.graphql, made
 * from the SDL's directives rather than written by hand (the directives say what a
 * field is; this module is the one place that says how each kind is fetched):
 *
 *   - a type implementing Entity resolves from an EntityRecord; a link type (one with
 *     a @fromEnd field: OfficeTerm, RolePlayed, Participation…) from the
 *     RelationshipRecord it stands for;
 *   - @linked(type, direction): the entity's relationships of that type through the
 *     request's relationshipsPage loader (one named query per request level, however
 *     many entities ask), then the other ends through the entity loader;
 *   - @via(query): entity ids from a named query, batched per query;
 *   - @entityRef(property): the entity a property's id names;
 *   - @fromEnd / @toEnd: the relationship's endpoints;
 *   - any other field: the stored property of the same name.
 */
import { viaQuery } from '../db/queries/entity';
import { DocumentNode, FieldDefinitionNode, Kind, ObjectTypeDefinitionNode, TypeNode } from 'graphql';
import { IFieldResolver } from '@graphql-tools/utils';
import { ALL_RELATIONSHIPS_CAP } from './loaders';
import { Context } from './context';
import { endpoint, existingEntities } from './lookup';
import { EntityRecord, entityType, RelationshipRecord } from './model';
import { directiveArg, hasDirective } from './sdl';

type Resolver = IFieldResolver<unknown, Context>;
type Direction = 'OUT' | 'IN' | 'BOTH';

interface FieldShape {
  /** The named type under any list and non-null wrappers. */
  named: string;
  list: boolean;
}

function shape(type: TypeNode): FieldShape {
  if (type.kind === Kind.NON_NULL_TYPE) return shape(type.type);
  if (type.kind === Kind.LIST_TYPE) return { named: shape(type.type).named, list: true };
  return { named: type.name.value, list: false };
}

/** One or all: a singular field takes the first (relationships are ordered by id), or null. */
const oneOrAll = <T>(items: T[], list: boolean): T[] | T | null => (list ? items : (items[0] ?? null));

/** The ids in the graph are strings; anything else in an id property is not a reference. */
const idIn = (value: unknown): string | null => (typeof value === 'string' && value.includes(':') ? value : null);

const objectTypes = (doc: DocumentNode): ObjectTypeDefinitionNode[] =>
  doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);

/** The types implementing Entity (resolved from EntityRecords). */
export const entityTypeNames = (doc: DocumentNode): string[] =>
  objectTypes(doc)
    .filter((o) => o.interfaces?.some((i) => i.name.value === 'Entity'))
    .map((o) => o.name.value);

/** The link types: those with a @fromEnd field (resolved from the RelationshipRecord they stand for). */
export const linkTypeNames = (doc: DocumentNode): string[] =>
  objectTypes(doc)
    .filter((o) => (o.fields ?? []).some((f) => hasDirective(f, 'fromEnd')))
    .map((o) => o.name.value);

export function typedResolvers(doc: DocumentNode): Record<string, Record<string, Resolver>> {
  const objects = objectTypes(doc);
  const entityTypes = new Set(entityTypeNames(doc));
  // The Entity interface's fields, those of `extend interface Entity` (curation.graphql) included.
  const interfaceFields = new Set(
    doc.definitions.flatMap((d) =>
      (d.kind === Kind.INTERFACE_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_EXTENSION) &&
      d.name.value === 'Entity'
        ? (d.fields ?? []).map((f) => f.name.value)
        : [],
    ),
  );
  const isEntityType = (name: string): boolean => name === 'Entity' || entityTypes.has(name);
  const ofType = (entities: EntityRecord[], named: string): EntityRecord[] =>
    named === 'Entity' ? entities : entities.filter((e) => entityType(e.labels) === named);

  const linked = (field: FieldDefinitionNode): Resolver => {
    const type = directiveArg(field, 'linked', 'type')!;
    const direction = directiveArg(field, 'linked', 'direction') as Direction;
    const { named, list } = shape(field.type);
    const nodes = isEntityType(named);
    return async (e, _args, ctx) => {
      const self = e as EntityRecord;
      const { page } = await ctx.loaders.relationshipsPage.load({
        id: self.id,
        type,
        direction,
        offset: 0,
        limit: ALL_RELATIONSHIPS_CAP,
      });
      const rels = page.slice(0, ALL_RELATIONSHIPS_CAP);
      if (!nodes) return oneOrAll(rels, list);
      const others = rels.map((r) => (r.from === self.id ? r.to : r.from));
      return oneOrAll(ofType(await existingEntities(ctx, others), named), list);
    };
  };

  const via = (field: FieldDefinitionNode): Resolver => {
    const query = viaQuery(directiveArg(field, 'via', 'query')!);
    const { named, list } = shape(field.type);
    return async (e, _args, ctx) => {
      const ids = await ctx.loaders.via(query).load((e as EntityRecord).id);
      return oneOrAll(ofType(await existingEntities(ctx, ids), named), list);
    };
  };

  const entityRef = (field: FieldDefinitionNode): Resolver => {
    const property = directiveArg(field, 'entityRef', 'property')!;
    return async (parent, _args, ctx) => {
      const id = idIn((parent as { props: Record<string, unknown> }).props[property]);
      return id ? ctx.loaders.entity.load(id) : null;
    };
  };

  const property =
    (name: string): Resolver =>
    (parent) =>
      (parent as { props: Record<string, unknown> }).props[name] ?? null;

  const resolvers: Record<string, Record<string, Resolver>> = {};
  for (const object of objects) {
    const isEntity = entityTypes.has(object.name.value);
    const isLink = (object.fields ?? []).some((f) => hasDirective(f, 'fromEnd'));
    if (!isEntity && !isLink) continue;
    const fields: Record<string, Resolver> = {};
    for (const field of object.fields ?? []) {
      const name = field.name.value;
      if (isEntity && interfaceFields.has(name)) continue; // resolved by the Entity interface's resolvers
      if (hasDirective(field, 'linked')) fields[name] = linked(field);
      else if (hasDirective(field, 'via')) fields[name] = via(field);
      else if (hasDirective(field, 'entityRef')) fields[name] = entityRef(field);
      else if (hasDirective(field, 'fromEnd'))
        fields[name] = (r, _a, ctx) => endpoint(ctx, (r as RelationshipRecord).from);
      else if (hasDirective(field, 'toEnd')) fields[name] = (r, _a, ctx) => endpoint(ctx, (r as RelationshipRecord).to);
      else if (isLink && name === 'relationship') fields[name] = (r) => r;
      else fields[name] = property(name);
    }
    resolvers[object.name.value] = fields;
  }
  return resolvers;
}
