import { stlCsvLine } from './stl-bulk.service';

describe('the bulk Shine-the-Light CSV goes through the one CSV writer', () => {
  it('defuses a display value a spreadsheet would run, and quotes as RFC 4180', () => {
    const line = stlCsvLine({
      personId: 'p-1',
      display: '=HYPERLINK("http://evil.example","x")',
      californiaResident: true,
      notices: [],
      categories: ['A', 'B'],
      thirdParties: [{ recipientId: 'acme', name: 'Acme', categories: ['A'] }],
    });
    expect(line).toBe(`p-1,"'=HYPERLINK(""http://evil.example"",""x"")",true,,A|B,acme=A`);
  });

  it('removes NUL characters and defuses a full-width formula sign', () => {
    const line = stlCsvLine({
      personId: 'p-2',
      display: '\uFF1D1+1\u0000',
      californiaResident: null,
      notices: [],
      categories: [],
      thirdParties: [],
    });
    expect(line).toBe("p-2,'\uFF1D1+1,,,,");
  });
});
