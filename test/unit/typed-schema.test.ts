import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType, isObjectType } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { ENTITY_LABELS, RELATIONSHIP_TYPES } from '../../src/ontology/labels';
import { buildSchema } from '../../src/graphql/schema';
import { buildTypeDefs } from '../../src/graphql/sdl';
import { entityTypeNames, linkTypeNames, typedResolvers } from '../../src/graphql/typed';

/** A resolver called directly, outside graphql-js (its generated type is a union of shapes). */
type ResolverFn = (parent: unknown, args: unknown, ctx: unknown, info: unknown) => unknown;

/** The typed schema's wiring: codegen, enums, entity types and the directive-made resolvers. */
describe('typed entities', () => {
  const schema = buildSchema();

  // GraphQL Code Generator's plugins are ES modules Jest cannot load, so it runs as `npm run check:codegen` does.
  const checkCodegen = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/codegen.ts', '--check', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
  const GENERATED = path.join(PROJECT_ROOT, 'src', 'graphql', 'generated', 'types.ts');

  it('the checked-in resolver types are what GraphQL Code Generator makes of the SDL now', () => {
    const res = checkCodegen();
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  }, 120_000);

  it('the check fails on a generated file that no longer matches the SDL', () => {
    const stale = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-')), 'types.ts');
    fs.writeFileSync(stale, fs.readFileSync(GENERATED, 'utf8').replace("'HOLDS_OFFICE'", "'HOLDS_OFFICES'"));
    const res = checkCodegen('--against', stale);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/out of date.*npm run codegen/);
  }, 120_000);

  it('EntityKind and RelationshipType list exactly the ontology labels and types (src/load/format.ts)', () => {
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);
    expect(values('EntityKind').sort()).toEqual([...ENTITY_LABELS].sort());
    expect(values('RelationshipType').sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });

  it('every entity kind is a type implementing Entity, with all of the interface fields', () => {
    const entity = schema.getType('Entity') as GraphQLInterfaceType;
    const implementations = schema.getPossibleTypes(entity).map((t) => t.name);
    expect(implementations.sort()).toEqual([...ENTITY_LABELS].sort());
    for (const name of implementations) {
      const fields = (schema.getType(name) as GraphQLObjectType).getFields();
      for (const f of Object.keys(entity.getFields())) expect(fields[f]).toBeDefined();
      // The interface's arguments keep their ARGUMENT_RANGES defaults in every copy.
      expect(fields.relationships!.args.find((a) => a.name === 'first')!.defaultValue).toBe(20);
    }
  });

  it('every field of an entity or link type has a resolver, made from its directive or its property', () => {
    const doc = buildTypeDefs();
    const made = typedResolvers(doc);
    for (const name of [...entityTypeNames(doc), ...linkTypeNames(doc)]) {
      const type = schema.getType(name);
      expect(isObjectType(type)).toBe(true);
      for (const field of Object.values((type as GraphQLObjectType).getFields())) {
        expect(typeof field.resolve).toBe('function');
      }
      expect(made[name]).toBeDefined();
    }
    expect(linkTypeNames(doc)).toEqual(
      expect.arrayContaining(['OfficeTerm', 'RolePlayed', 'Participation', 'PolicyAction', 'EpisodePart']),
    );
  });

  it('a link type resolves property fields from its relationship and references through the entity loader', async () => {
    const made = typedResolvers(buildTypeDefs());
    const rel = {
      id: 'played_role|country:tr|issue:migration|interdiction state',
      type: 'PLAYED_ROLE',
      from: 'country:tr',
      to: 'issue:migration',
      props: { role: 'interdiction state', counterpart: 'org:eu' },
    };
    const loaded: string[] = [];
    const ctx = {
      loaders: { entity: { load: async (id: string) => (loaded.push(id), { id, labels: ['Entity'], props: {} }) } },
    };
    const role = made.RolePlayed!;
    expect(await (role.role as ResolverFn)(rel, {}, ctx, {})).toBe('interdiction state');
    expect(await (role.counterpart as ResolverFn)(rel, {}, ctx, {})).toMatchObject({ id: 'org:eu' });
    expect(await (role.country as ResolverFn)(rel, {}, ctx, {})).toMatchObject({ id: 'country:tr' });
    expect(await (role.scope as ResolverFn)(rel, {}, ctx, {})).toBeNull();
    expect(loaded).toEqual(['org:eu', 'country:tr']);
  });
});
