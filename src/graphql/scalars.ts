/**
 * The custom scalars. `Date` is output strictly (YYYY-MM-DD, graphql-scalars'
 * LocalDate) but taken in as any string: which forms a date argument accepts
 * depends on the argument (a window's ends also take YYYY-MM and YYYY), and a bad
 * one must be a BAD_USER_INPUT naming that argument (validate.ts: date, timeWindow),
 * not a validation error that names neither the argument nor the form.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';

const notAString = (got: string): GraphQLError =>
  new GraphQLError(`A Date is written as a string, e.g. "2019-06-01" (got ${got}).`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  parseValue(value: unknown): string {
    if (typeof value !== 'string') throw notAString(JSON.stringify(value));
    return value;
  },
  parseLiteral(ast): string {
    if (ast.kind !== Kind.STRING)
      throw notAString(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? ast.value : ast.kind);
    return ast.value;
  },
});

export const scalarResolvers = { Date: DateScalar, JSONObject: JSONObjectResolver };
