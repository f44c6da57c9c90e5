import ExcelJS from 'exceljs';
import { enginesUnderTest, freshStore } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

const ART30_HEADER = [
  'Processing activity',
  'Controller',
  'Controller contact',
  'Purposes of the processing',
  'Categories of data subjects',
  'Categories of personal data',
  'Categories of recipients',
  'Recipients in third countries',
  'Transfers to third countries and safeguards',
  'Time limits for erasure',
  'Technical and organisational security measures',
  'In force from',
  'In force until',
];

/** A minimal RFC 4180 reader for the tests (quoted cells, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe.each(enginesUnderTest())('[%s] GDPR records on the example map', (engine) => {
  let server: TestServer;
  const get = (path: string) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${server.adminToken}` } });

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
  });
  afterAll(() => server.close());

  it('exports the Art. 30(1) record as CSV with every column filled from the inventory', async () => {
    const res = await get('/reports/gdpr/record-of-processing.csv?asOf=2026-06-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(ART30_HEADER);
    expect(rows.length).toBeGreaterThan(5);
    const cell = (row: string[], column: string) => row[ART30_HEADER.indexOf(column)];
    for (const row of rows) {
      expect(cell(row, 'Controller')).toBe('Customers.ai');
      expect(cell(row, 'Purposes of the processing')).not.toBe('');
      expect(cell(row, 'Categories of data subjects')).not.toBe('');
      expect(cell(row, 'Categories of personal data')).not.toBe('');
      expect(cell(row, 'Technical and organisational security measures')).toContain('AES-256');
    }
    const payment = rows.find((r) => cell(r, 'Processing activity').includes('Credit card number')) as string[];
    expect(cell(payment, 'Categories of recipients')).toContain('Processors (service providers)');
    expect(cell(payment, 'Transfers to third countries and safeguards')).toContain('Example Payments (US): EU–US Data Privacy Framework');
    expect(cell(payment, 'Time limits for erasure')).toContain('7 years after the transaction');
  });

  it('exports the same record as XLSX with the Art. 30 header row', async () => {
    const res = await get('/reports/gdpr/record-of-processing.xlsx?asOf=2026-06-30');
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const values: string[][] = [];
    sheet.eachRow((row) => values.push((row.values as (string | null)[]).slice(1).map((v) => v ?? '')));
    const headerIndex = values.findIndex((r) => r[0] === 'Processing activity');
    expect(values[headerIndex]).toEqual(ART30_HEADER);
    expect(values.length - headerIndex - 1).toBeGreaterThan(5);
    expect(values[0][0]).toContain('GDPR Art. 30(1)');
  });

  it('answers Art. 15(1)(c) for a person: recipients named, third-country ones marked', async () => {
    const res = await server.gql<{
      art15Recipients: { recipients: { recipient: { name: string }; country: string; thirdCountry: boolean; safeguards: string[] }[] };
    }>(
      '{ art15Recipients(person: {email: "alice.rivera@example.com"}) { recipients { recipient { name } country thirdCountry safeguards } } }',
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data?.art15Recipients.recipients ?? [];
    expect(rows.length).toBeGreaterThan(2);
    const support = rows.find((r) => r.country === 'IE');
    expect(support?.thirdCountry).toBe(false);
    const hosting = rows.find((r) => r.recipient.name === 'Example Cloud Hosting');
    expect(hosting).toMatchObject({ thirdCountry: true, safeguards: ['EU–US Data Privacy Framework (recipient certified)'] });
    const csv = await get('/reports/gdpr/recipients.csv?person=alice.rivera%40example.com');
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('Example Cloud');
    expect((await get('/reports/gdpr/recipients.csv')).status).toBe(400);
  });

  it('lists processors and sub-processors with agreement dates and the sub-processor authorisation (Art. 28)', async () => {
    const res = await server.gql<{
      processorsRegister: {
        recipient: { id: string };
        agreementSignedOn: string | null;
        subprocessorOf: { id: string } | null;
        subprocessorAuthorizedOn: string | null;
        problems: string[];
      }[];
    }>(
      '{ processorsRegister(asOf: "2026-06-30") { recipient { id } agreementSignedOn subprocessorOf { id } subprocessorAuthorizedOn problems } }',
    );
    expect(res.errors).toBeUndefined();
    const byId = new Map(res.data?.processorsRegister.map((p) => [p.recipient.id, p]));
    expect(byId.get('example-card-vault')).toMatchObject({
      subprocessorOf: { id: 'example-payments' },
      subprocessorAuthorizedOn: '2023-06-15',
      problems: [],
    });
    expect(byId.get('example-payments')?.agreementSignedOn).toBeTruthy();
    const xlsx = await get('/reports/gdpr/processors.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });

  it('flags a sub-processor registered without an authorisation', async () => {
    const reg = await server.gql(
      'mutation { registerRecipient(input: {id: "sub-mailer", name: "Sub Mailer", class: PROCESSOR, country: "US", subprocessorOf: "example-messaging"}) { id } }',
    );
    expect(reg.errors).toBeUndefined();
    const res = await server.gql<{ processorsRegister: { recipient: { id: string }; problems: string[] }[] }>(
      '{ processorsRegister { recipient { id } problems } }',
    );
    const entry = res.data?.processorsRegister.find((p) => p.recipient.id === 'sub-mailer');
    expect(entry?.problems).toEqual([
      'no data processing agreement recorded (Art. 28(3))',
      'sub-processor of Example Messaging Cloud without a recorded authorisation (Art. 28(2))',
    ]);
  });
});
