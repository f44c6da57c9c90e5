import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { enginesUnderTest, freshStore, removeDir, tempDir } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'server', 'dist', 'cli', 'inventory-cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function inventory(server: TestServer, ...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, DM_SERVER: server.url, DM_TOKEN: server.adminToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

type Doc = Record<string, Record<string, unknown>[]> & { version: number };

const APPLY = `mutation($d: JSON!, $dry: Boolean) { applyInventory(document: $d, dryRun: $dry) { dryRun applied changes { section id action path fields } } }`;

describe.each(enginesUnderTest())('[%s] the inventory as code: pull, diff, apply', (engine) => {
  let server: TestServer;
  const dir = tempDir('dm-inventory-');
  const file = join(dir, 'inventory.yaml');
  let pulled: Doc;

  beforeAll(async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    server = await startTestServer({ engine, seed: 'example' });
    const run = await inventory(server, 'pull', file);
    expect(run.code).toBe(0);
    pulled = parse(readFileSync(file, 'utf8')) as Doc;
  });
  afterAll(async () => {
    await server.close();
    removeDir(dir);
  });

  const current = async () => (await server.gql<{ inventoryDocument: unknown }>(`{ inventoryDocument }`)).data?.inventoryDocument;
  const write = (doc: Doc) => writeFileSync(file, stringify(doc));
  const copy = (): Doc => JSON.parse(JSON.stringify(pulled)) as Doc;

  it('pulls the example map as a document that applies without a change (diff exits 0)', async () => {
    expect(pulled.version).toBe(1);
    expect(pulled.disclosures.length).toBeGreaterThan(10);
    expect(pulled.organization).toMatchObject({ name: expect.any(String) as unknown });
    const run = await inventory(server, 'diff', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/No changes/);
  });

  it('diff prints adds, changes and ends and exits 2 without changing anything; apply makes them; diff is then clean', async () => {
    const doc = copy();
    const ended = doc.disclosures.find((d) => !d.validTo)!;
    ended.validTo = '2026-06-30';
    doc.categories.find((c) => c.id === 'email-address')!.name = 'E-mail address';
    (doc.organization as unknown as Record<string, unknown>).contactEmail = 'privacy@example.com';
    doc.disclosures.push({
      id: 'd-new-mailer',
      recipientId: String(ended.recipientId),
      categoryIds: ['email-address'],
      segmentIds: ['platform-users'],
      purposeIds: ['account-notices'],
      use: 'ON_OUR_BEHALF',
      validFrom: '2026-07-01',
    });
    write(doc);
    const before = await current();
    const diff = await inventory(server, 'diff', file);
    expect(diff.code).toBe(2);
    expect(diff.stdout).toMatch(/CHANGE categories email-address \(name\)/);
    expect(diff.stdout).toMatch(new RegExp(`END +disclosures ${String(ended.id)} \\(validTo\\)`));
    expect(diff.stdout).toMatch(/ADD +disclosures d-new-mailer/);
    expect(diff.stdout).toMatch(/CHANGE organization organization \(contactEmail\)/);
    expect(await current()).toEqual(before);

    const apply = await inventory(server, 'apply', file);
    expect(apply.code).toBe(0);
    expect(apply.stdout).toMatch(/Applied 4 change\(s\)/);
    const disclosures = await server.gql<{ disclosures: { id: string; validTo: string | null }[] }>(`{ disclosures { id validTo } }`);
    expect(disclosures.data!.disclosures.find((d) => d.id === ended.id)?.validTo).toBe('2026-06-30');
    expect(disclosures.data!.disclosures.some((d) => d.id === 'd-new-mailer')).toBe(true);
    expect((await inventory(server, 'diff', file)).code).toBe(0);
    pulled = doc;
  });

  it.each([
    [
      'an unknown category in a new disclosure (a valid change before it is not kept either)',
      /^disclosures\[3\]\.categoryIds\[1\]$/,
      (doc: Doc) => {
        doc.categories[0].name = 'Renamed, but the document is refused';
        doc.disclosures.splice(3, 0, {
          ...doc.disclosures[3],
          id: 'd-brand-new',
          categoryIds: [(doc.disclosures[3].categoryIds as string[])[0], 'no-such-category'],
        });
      },
    ],
    ['a recorded flow changed', /^disclosures\[2\]$/, (doc: Doc) => void (doc.disclosures[2].use = 'OWN_OTHER_USE')],
    ['a recorded flow left out', /^collections$/, (doc: Doc) => void doc.collections.splice(1, 1)],
    ['an ended flow reopened', /^disclosures\[\d+\]$/, (doc: Doc) => void (doc.disclosures.find((d) => d.validTo)!.validTo = null)],
    [
      'a validTo before validFrom',
      /^disclosures\[\d+\]\.validTo$/,
      (doc: Doc) => void (doc.disclosures.find((d) => !d.validTo)!.validTo = '1999-01-01'),
    ],
    ['a bad slug', /^purposes\[1\]\.id$/, (doc: Doc) => void (doc.purposes[1].id = 'Not A Slug')],
    ['a date that is not one', /^collections\[0\]\.validFrom$/, (doc: Doc) => void (doc.collections[0].validFrom = '2025-02-30')],
    ['an unknown section', /^people$/, (doc: Doc) => void (doc.people = [])],
    [
      'a bad organization e-mail',
      /^organization\.contactEmail$/,
      (doc: Doc) => void ((doc.organization as unknown as Record<string, unknown>).contactEmail = 'not-an-email'),
    ],
  ])('refuses %s: BAD_USER_INPUT naming the path %s, and nothing changes', async (_name, field, change) => {
    const doc = copy();
    change(doc);
    const before = await current();
    const res = await server.gql(APPLY, { d: doc, dry: false });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toMatch(field);
    expect(await current()).toEqual(before);
    write(doc);
    const diff = await inventory(server, 'diff', file);
    expect(diff.code).toBe(1);
    expect(diff.stderr).toMatch(/✗ \S+: /);
  });

  it('applies a document made from a Fides manifest, and reports what it could not map', async () => {
    const out = join(dir, 'fides.yaml');
    const run = await inventory(server, 'import-fides', join(ROOT, 'test', 'fixtures', 'fides-manifest.yml'), '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/not mapped: .*system\.operations/);
    const apply = await inventory(server, 'apply', out);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    const categories = await server.gql<{ categories: { id: string; shineTheLight: string[] }[] }>(`{ categories { id shineTheLight } }`);
    expect(categories.data!.categories.find((c) => c.id === 'user.contact.email')?.shineTheLight).toEqual(['EMAIL_ADDRESS']);
    expect((await inventory(server, 'diff', out)).code).toBe(0);
  });
});
