import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '../rules/dates';

const invalid = (value: unknown) =>
  new GraphQLError(`Date must be a real calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/** The `Date` scalar: ISO calendar dates only ("2025-03-10"); no times, no 2025-02-30. */
export const DateScalarType = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar date, YYYY-MM-DD',
  serialize: (value) => {
    if (typeof value !== 'string') throw invalid(value);
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== 'string' || !isCalendarDate(value)) throw invalid(value);
    return value;
  },
  parseLiteral: (ast) => {
    // A plain error here lets graphql-js wrap it with the literal's location, so the field can be named.
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value))
      throw new TypeError(invalid(ast.kind === Kind.STRING ? ast.value : ast.kind).message);
    return ast.value;
  },
});
