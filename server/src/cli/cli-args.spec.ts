import { InvalidArgumentError } from 'commander';
import { listOf, wholeNumber } from './cli-args';

describe('wholeNumber', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['1_000_000', 1_000_000],
    ['100000', 100_000],
  ])('reads %s as %d', (raw, value) => {
    expect(wholeNumber(raw)).toBe(value);
  });

  it.each(['', ' ', '-1', '1.5', 'ten', '1e3x'])('refuses "%s" as an option error', (raw) => {
    expect(() => wholeNumber(raw)).toThrow(InvalidArgumentError);
  });
});

describe('listOf', () => {
  const engines = listOf(['embedded', 'neo4j'] as const);

  it.each([
    ['embedded', ['embedded']],
    ['neo4j,embedded', ['neo4j', 'embedded']],
    ['embedded, neo4j', ['embedded', 'neo4j']],
  ])('reads "%s"', (raw, list) => {
    expect(engines(raw)).toEqual(list);
  });

  it.each(['', 'sqlite', 'embedded,,neo4j', 'Neo4j'])('refuses "%s", naming what is allowed', (raw) => {
    expect(() => engines(raw)).toThrow(/each of embedded, neo4j/);
  });
});
