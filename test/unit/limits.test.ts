import { GraphQLArgument } from 'graphql';
import { namedQuery } from '../../src/db/cypher-files';
import { parseSelection, SELECTION_RANGES } from '../../src/export/selection';
import { buildSchema } from '../../src/graphql/schema';
import { buildTypeDefs, loadTypeDefs } from '../../src/graphql/sdl';
import { IntRange, LIMITS } from '../../src/shared/limits';

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

describe('every limit written once', () => {
  it('the SDL files write no numeric default: each comes from LIMITS through @limit', () => {
    const sources = loadTypeDefs().join('\n');
    expect(sources).not.toMatch(/:\s*Int\s*=\s*\d/);
    const keys = [...sources.matchAll(/@limit\(range: "(\w+)"\)/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThanOrEqual(12);
    for (const key of keys) expect(Object.keys(LIMITS)).toContain(key);
  });

  it('an unknown @limit range, or a written default beside @limit, stops the schema build', () => {
    const sdl = (arg: string) => [`type Query { "F." f("A." ${arg}): Int }`];
    expect(() => buildTypeDefs(sdl('a: Int @limit(range: "noSuchRange")'))).toThrow(/noSuchRange/);
    expect(() => buildTypeDefs(sdl('a: Int = 5 @limit(range: "pathK")'))).toThrow(/written default/);
  });

  it('the hop cap of the linkage-path Cypher (which must run as is in cypher-shell) is pathMaxHops.max', () => {
    const cap = /\/\*maxHops\*\/(\d+)/.exec(namedQuery('graph/linkage-paths'))?.[1];
    expect(Number(cap)).toBe(LIMITS.pathMaxHops.max);
  });

  it('exports take the path ranges of the API', () => {
    expect(SELECTION_RANGES.k).toBe(LIMITS.pathK);
    expect(SELECTION_RANGES.maxHops).toBe(LIMITS.pathMaxHops);
    const s = parseSelection({ from: 'person:harris', to: 'country:mx' });
    expect(s).toEqual({
      kind: 'paths',
      from: 'person:harris',
      to: 'country:mx',
      k: LIMITS.pathK.default,
      maxHops: LIMITS.pathMaxHops.default,
    });
    expect(() => parseSelection({ from: 'a:b', to: 'c:d', maxHops: String(LIMITS.pathMaxHops.max + 1) })).toThrow(
      `maxHops must be a whole number from ${LIMITS.pathMaxHops.min} to ${LIMITS.pathMaxHops.max}`,
    );
  });
});
