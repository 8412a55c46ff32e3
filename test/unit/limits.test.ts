import { GraphQLArgument } from 'graphql';
import { buildSchema } from '../../src/graphql/schema';
import { IntRange, LIMITS } from '../../src/shared/limits';

/**
 * The SDL states each argument's default and range for readers of the schema; the
 * resolvers and the explorer take them from src/shared/limits.ts. They must agree.
 */
describe('argument limits', () => {
  const schema = buildSchema();
  const arg = (type: string, field: string, name: string): GraphQLArgument => {
    const t = schema.getType(type) as any;
    const a = t.getFields()[field].args.find((x: GraphQLArgument) => x.name === name);
    if (!a) throw new Error(`${type}.${field}(${name}) is not in the schema`);
    return a;
  };
  const cases: [string, string, string, IntRange][] = [
    ['Query', 'search', 'first', LIMITS.searchFirst],
    ['Query', 'neighbourhood', 'depth', LIMITS.neighbourhoodDepth],
    ['Query', 'neighbourhood', 'limit', LIMITS.neighbourhoodLimit],
    ['Query', 'overview', 'first', LIMITS.overviewFirst],
    ['Query', 'linkagePaths', 'k', LIMITS.pathK],
    ['Query', 'linkagePaths', 'maxHops', LIMITS.pathMaxHops],
    ['Entity', 'relationships', 'first', LIMITS.relationshipsFirst],
    ['Query', 'timeline', 'limit', LIMITS.researchLimit],
    ['Query', 'statistics', 'limit', LIMITS.researchLimit],
    ['Query', 'quotes', 'limit', LIMITS.researchLimit],
    ['Query', 'sources', 'first', LIMITS.sourcesFirst],
    ['Source', 'evidence', 'first', LIMITS.evidenceFirst],
  ];

  it.each(cases)('%s.%s(%s) has the default and the range of src/shared/limits.ts', (type, field, name, range) => {
    const a = arg(type, field, name);
    expect(a.defaultValue).toBe(range.default);
    expect(a.description).toContain(`(${range.min}-${range.max})`);
  });
});
