import { GraphQLArgument } from 'graphql';
import { graph } from '../../src/db/queries';
import { queryText } from '../../src/db/query';
import { parseSelection, SELECTION_RANGES } from '../../src/export/selection';
import { buildSchema } from '../../src/graphql/schema';
import { buildTypeDefs, loadTypeDefs } from '../../src/graphql/sdl';
import { IntRange, ARGUMENT_RANGES } from '../../src/shared/limits';

/**
 * The built schema states each argument's default and range for readers of the schema,
 * filled in from src/shared/limits.ts (the @limit directive), which the resolvers and
 * the explorer validate against too.
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
    ['Query', 'search', 'first', ARGUMENT_RANGES.searchFirst],
    ['Query', 'neighbourhood', 'depth', ARGUMENT_RANGES.neighbourhoodDepth],
    ['Query', 'neighbourhood', 'limit', ARGUMENT_RANGES.neighbourhoodLimit],
    ['Query', 'overview', 'first', ARGUMENT_RANGES.overviewFirst],
    ['Query', 'linkagePaths', 'k', ARGUMENT_RANGES.pathK],
    ['Query', 'linkagePaths', 'maxHops', ARGUMENT_RANGES.pathMaxHops],
    ['Entity', 'relationships', 'first', ARGUMENT_RANGES.relationshipsFirst],
    ['Query', 'timeline', 'limit', ARGUMENT_RANGES.researchLimit],
    ['Query', 'statistics', 'limit', ARGUMENT_RANGES.researchLimit],
    ['Query', 'quotes', 'limit', ARGUMENT_RANGES.researchLimit],
    ['Query', 'sources', 'first', ARGUMENT_RANGES.sourcesFirst],
    ['Source', 'evidence', 'first', ARGUMENT_RANGES.evidenceFirst],
  ];

  it.each(cases)('%s.%s(%s) has the default and the range of src/shared/limits.ts', (type, field, name, range) => {
    const a = arg(type, field, name);
    expect(a.defaultValue).toBe(range.default);
    expect(a.description).toContain(`(${range.min}-${range.max})`);
  });
});

describe('every limit written once', () => {
  it('the SDL files write no numeric default: each comes from ARGUMENT_RANGES through @limit', () => {
    const sources = loadTypeDefs().join('\n');
    expect(sources).not.toMatch(/:\s*Int\s*=\s*\d/);
    const keys = [...sources.matchAll(/@limit\(range: "(\w+)"\)/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThanOrEqual(12);
    for (const key of keys) expect(Object.keys(ARGUMENT_RANGES)).toContain(key);
  });

  it('an unknown @limit range, or a written default beside @limit, stops the schema build', () => {
    const sdl = (arg: string) => [`type Query { "F." f("A." ${arg}): Int }`];
    expect(() => buildTypeDefs(sdl('a: Int @limit(range: "noSuchRange")'))).toThrow(/noSuchRange/);
    expect(() => buildTypeDefs(sdl('a: Int = 5 @limit(range: "pathK")'))).toThrow(/written default/);
  });

  it('the hop cap of the linkage-path Cypher (which must run as is in cypher-shell) is pathMaxHops.max', () => {
    const cap = /\/\*maxHops\*\/(\d+)/.exec(queryText(graph.linkagePaths))?.[1];
    expect(Number(cap)).toBe(ARGUMENT_RANGES.pathMaxHops.max);
  });

  it('exports take the path ranges of the API', () => {
    expect(SELECTION_RANGES.k).toBe(ARGUMENT_RANGES.pathK);
    expect(SELECTION_RANGES.maxHops).toBe(ARGUMENT_RANGES.pathMaxHops);
    const s = parseSelection({ from: 'person:harris', to: 'country:mx' });
    expect(s).toEqual({
      kind: 'paths',
      from: 'person:harris',
      to: 'country:mx',
      k: ARGUMENT_RANGES.pathK.default,
      maxHops: ARGUMENT_RANGES.pathMaxHops.default,
    });
    expect(() =>
      parseSelection({ from: 'a:b', to: 'c:d', maxHops: String(ARGUMENT_RANGES.pathMaxHops.max + 1) }),
    ).toThrow(
      `maxHops must be a whole number from ${ARGUMENT_RANGES.pathMaxHops.min} to ${ARGUMENT_RANGES.pathMaxHops.max}`,
    );
  });
});
