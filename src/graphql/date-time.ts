/**
 * The DateTime scalar of record times. Neo4j records them to the nanosecond; a JS Date
 * (graphql-scalars' DateTime) keeps milliseconds, and a record time read back and passed
 * as `recordedAsOf` must mean exactly the moment recorded. So values stay ISO 8601 text,
 * checked, never turned into a Date.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !ISO.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GraphQLError(
      `DateTime must be ISO 8601 with a time zone, e.g. 2026-12-01T09:30:00Z (got ${JSON.stringify(value)})`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO 8601 date-time with a time zone (e.g. 2026-12-01T09:30:00Z), to the nanosecond.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
