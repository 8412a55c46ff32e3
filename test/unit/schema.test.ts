import { isInputObjectType, isInterfaceType, isObjectType, isEnumType, isScalarType } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';

describe('the GraphQL schema', () => {
  const schema = buildSchema();
  const own = Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
  );

  it('describes every type, field, argument and enum value (they show in introspection and the IDE)', () => {
    const missing: string[] = [];
    for (const type of own) {
      if (!type.description?.trim()) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args)
            if (!arg.description?.trim()) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()))
          if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description?.trim()) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(own.length).toBeGreaterThan(15);
    expect(own.some(isScalarType)).toBe(true);
    expect(missing).toEqual([]);
  });
});
