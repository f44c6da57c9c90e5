import type { PropertyDeclaration } from '@disclosure-map/graph-schema';
import {
  canonicalProperties,
  EXPORTED_LABELS,
  keyFingerprint,
  nodeLineWriter,
  type NodeLine,
  type RelationshipLine,
  relationshipLineWriter,
  relationshipPairs,
} from './archive-format';
import { checkContentLine } from './archive-reader';

/** One property of each declared type, the id first. */
const declared: [string, PropertyDeclaration][] = [
  ['id', { type: 'string', required: true }],
  ['count', { type: 'int' }],
  ['flag', { type: 'boolean' }],
  ['codes', { type: 'string[]' }],
  ['on', { type: 'date' }],
];

describe('canonicalProperties', () => {
  it.each([
    ['declaration order, nulls left out', ['a', null, false, ['X'], undefined], { id: 'a', flag: false, codes: ['X'] }],
    ['ints as numbers, dates as text', ['b', 3, null, [], '2025-01-01'], { id: 'b', count: 3, codes: [], on: '2025-01-01' }],
  ])('%s', (_name, values, expected) => {
    expect(canonicalProperties(declared, values)).toEqual(expected);
    expect(Object.keys(canonicalProperties(declared, values))).toEqual(Object.keys(expected));
  });
});

describe('keyFingerprint', () => {
  it('tells keys apart without containing them, and is null without a key', () => {
    const a = keyFingerprint('secret-one-0123456789');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toContain('secret');
    expect(keyFingerprint('secret-one-0123456789')).toBe(a);
    expect(keyFingerprint('secret-two-0123456789')).not.toBe(a);
    expect(keyFingerprint(null)).toBeNull();
  });
});

describe('checkContentLine', () => {
  it.each([
    [{ n: 'Person', p: { id: 'p1', display: 'a***' } }, null],
    [{ r: 'MEMBER_OF', from: ['Person', 'p1'], to: ['Segment', 's1'], p: { since: '2024-01-01' } }, null],
    [{ n: 'RestoreInProgress', p: { id: 'restore' } }, 'unknown label RestoreInProgress'],
    [{ n: 'Nope', p: { id: 'x' } }, 'unknown label Nope'],
    [{ n: 'Person', p: {} }, 'a node without an id'],
    [{ r: 'MEMBER_OF', from: ['Segment', 's1'], to: ['Person', 'p1'], p: {} }, 'MEMBER_OF does not join Segment to Person'],
    [{ r: 'NOPE', from: ['Person', 'p1'], to: ['Segment', 's1'], p: {} }, 'unknown relationship type NOPE'],
    [[1, 2], 'not a node or relationship'],
  ])('%j → %p', (line, problem) => {
    const checked = checkContentLine(line);
    expect(typeof checked === 'string' ? checked : null).toBe(problem);
  });
});

describe('the archive covers the schema', () => {
  it('exports every declared label but the restore marker, and every pair of every relationship type', () => {
    expect(EXPORTED_LABELS).not.toContain('RestoreInProgress');
    expect(EXPORTED_LABELS).toContain('Person');
    expect(relationshipPairs('OF_CATEGORY')).toEqual([
      ['Collection', 'DataCategory'],
      ['Disclosure', 'DataCategory'],
      ['Transfer', 'DataCategory'],
    ]);
  });
});

describe('nodeLineWriter and relationshipLineWriter: the text JSON.stringify writes of the line, byte for byte', () => {
  it.each([
    ['nulls and undefined left out', ['a', null, false, ['X'], undefined]],
    ['every value', ['b', 3, true, [], '2025-01-01']],
    ['nothing but the id', ['c', undefined, null, null, null]],
    ['text that JSON escapes', ['d"\\\n\u2028é', '7', 0, 'single', 20250101]],
    ['ints from text, lists from one value', ['e', '12', 'yes', 5, 'x']],
    ['a number that is not one', ['f', 'NaN', null, ['a', 2], null]],
  ])('%s', (_name, values) => {
    const node: NodeLine = { n: 'Person', p: canonicalProperties(declared, values) };
    expect(nodeLineWriter('Person', declared)(values)).toBe(JSON.stringify(node) + '\n');
    const rel: RelationshipLine = {
      r: 'INCLUDED_IN',
      from: ['Person', 'p"1'],
      to: ['Transfer', 't\n2'],
      p: canonicalProperties(declared, values),
    };
    expect(relationshipLineWriter('INCLUDED_IN', ['Person', 'Transfer'], declared)('p"1', 't\n2', values)).toBe(JSON.stringify(rel) + '\n');
  });

  it('a relationship without properties', () => {
    const rel: RelationshipLine = { r: 'PART_OF', from: ['DataCategory', 'a'], to: ['DataCategory', 'b'], p: {} };
    expect(relationshipLineWriter('PART_OF', ['DataCategory', 'DataCategory'], [])('a', 'b', [])).toBe(JSON.stringify(rel) + '\n');
  });
});
