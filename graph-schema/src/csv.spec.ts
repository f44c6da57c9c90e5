import { csvCell, toCsv } from './csv';

describe('the one CSV writer: quoting and one defusing rule', () => {
  it.each([
    ['plain', 'plain'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    [' =1+1', "' =1+1"],
    ['\u00a0=1', "'\u00a0=1"],
    ['\u3000=1', "'\u3000=1"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20A1', "'\uFF20A1"],
    ['\u0000=1', "'=1"],
    ['a\u0000b', 'ab'],
    ['\ufeff=1', "'\ufeff=1"],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['=1,2', `"'=1,2"`],
    ['x = 1', 'x = 1'],
    ['alice@example.com', 'alice@example.com'],
  ])('writes %j as %j', (value, expected) => expect(csvCell(value)).toBe(expected));

  it.each([
    [-5, '-5'],
    [2025, '2025'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('writes the value %j as data: %j', (value, expected) => expect(csvCell(value)).toBe(expected));

  it('writes a document with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['=x', 1]])).toBe("a,b\r\n'=x,1\r\n");
  });
});
