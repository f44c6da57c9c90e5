// Why so long: the migration, the round trips and every refusal of restore share one set of archives built at the top.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BulkImportService } from '../../server/src/bulk/bulk-import.service';
import { writeSynthCompany } from '../../server/src/cli/synth';
import type { GraphEngineName, GraphStore } from '../../server/src/graph/graph-store';
import { openGraphStore } from '../../server/src/graph/open-graph-store';
import { PortabilityRepository } from '../../server/src/graph/repositories/portability.repository';
import { writeArchive } from '../../server/src/portability/archive-writer';
import { PortabilityService } from '../../server/src/portability/portability.service';
import { restoreArchive } from '../../server/src/portability/restore';
import { SeedService } from '../../server/src/seed/seed.service';
import { enginesUnderTest, freshStore, neo4jSettings, removeDir, tempDir } from '../support/engines';
import { startTestServer, type TestServer } from '../support/server';

const ROOT = join(__dirname, '..', '..');
const EXPORT_CLI = join(ROOT, 'server', 'dist', 'cli', 'export-cli.js');
const RESTORE_CLI = join(ROOT, 'server', 'dist', 'cli', 'restore-cli.js');
const SECRET = 'test-person-id-secret-0123456789';
const engines = enginesUnderTest();
const withNeo4j = engines.includes('neo4j');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A CLI of server/dist as its own process, on the given engine; killed with SIGKILL at its first progress line when asked. */
function runCli(
  script: string,
  args: string[],
  target: { engine: GraphEngineName; dataDir: string; secret?: string | null },
  killOnProgress = false,
): Promise<Run> {
  if (!existsSync(script)) throw new Error(`${script} is missing: run npm run build first`);
  const env: NodeJS.ProcessEnv = { ...process.env, GRAPH_ENGINE: target.engine, DATA_DIR: target.dataDir };
  delete env.PERSON_ID_SECRET;
  if (target.secret !== null) env.PERSON_ID_SECRET = target.secret ?? SECRET;
  if (target.engine === 'neo4j') env.NEO4J_URI = neo4jSettings().uri;
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (killOnProgress && /^restore \[/m.test(stderr)) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** The content lines of an archive (without the header and the manifest, which name the engine and the time). */
function contentLines(file: string): string[] {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
  return lines.slice(1, -1);
}

function rewrite(file: string, out: string, change: (lines: string[]) => string[]): void {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
  writeFileSync(out, gzipSync(change(lines).join('\n') + '\n'));
}

async function exportStore(store: GraphStore, file: string): Promise<string[]> {
  await writeArchive(store, new PortabilityRepository(), SECRET, createWriteStream(file));
  return contentLines(file);
}

/** What an embedded data directory or the Neo4j database holds, as archive content (the CLIs must have exited). */
async function contentOf(engine: GraphEngineName, dataDir: string): Promise<string[]> {
  const store = await openGraphStore({ engine, dataDir, neo4j: neo4jSettings() });
  try {
    return await exportStore(store, join(tempDir('dm-peek-'), 'peek.ndjson.gz'));
  } finally {
    await store.close();
  }
}

const QUERIES = {
  dataMap: `{ dataMap(asOf: "2025-06-30") { nodes { id kind label group } edges { id source target kind label } } }`,
  report: `{ shineTheLightReport(year: 2025) { periodStart periodEnd categories { code label } thirdParties { name address natureOfBusiness productsMarketed categories { code } } notices } }`,
  personReport: `{ shineTheLightReport(year: 2025, person: { email: "alice.rivera@example.com" }) { person { id display } categories { code } thirdParties { name } notices } }`,
  whoReceived: `{ whoReceived(person: { email: "alice.rivera@example.com" }) { person { id display californiaResident } from to
      recipients { recipient { id name class } categories { id } purposes { id } uses evidence firstOn lastOn optOutViolations { id occurredOn } } } }`,
  optedOut: `{ whoReceived(person: { email: "ben.okafor@example.org" }, from: "2024-01-01") { recipients { recipient { id } evidence firstOn lastOn optOutViolations { id } } } }`,
  inventory: `{ categories { id name sensitive shineTheLight ccpa } recipients { id name class legalName address agreementSignedOn } disclosures(asOf: "2025-06-30") { id use validFrom validTo } }`,
  tokens: `{ apiTokens { name role createdAt expiresOn revokedAt } }`,
};

async function answers(server: TestServer): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [name, query] of Object.entries(QUERIES)) {
    const res = await server.gql(query);
    expect(res.errors).toBeUndefined();
    out[name] = res.data;
  }
  return out;
}

const AUDIT_LOG = `{ auditLog(limit: 1000) { id at actor role operation targetIds outcome } }`;

(withNeo4j ? describe : describe.skip)('migration: an embedded server → archive → Neo4j → archive', () => {
  let embedded: TestServer;
  let neo4j: TestServer | null = null;
  const dir = tempDir('dm-migrate-');
  let editorToken = '';

  beforeAll(async () => {
    embedded = await startTestServer({ engine: 'embedded', seed: 'example', personIdSecret: SECRET });
    // Every kind of data the repository holds today besides the example map's: a token, audit entries, history.
    const token = await embedded.gql(
      `mutation { createApiToken(input: { name: "ci-importer", role: EDITOR, expiresOn: "2030-01-01" }) { token } }`,
    );
    expect(token.errors).toBeUndefined();
    editorToken = (token.data as { createApiToken: { token: string } }).createApiToken.token;
    const change = await embedded.gql(
      `mutation { upsertPurpose(input: { id: "analytics", name: "Product analytics", targetedAdvertising: false }) { id } }`,
    );
    expect(change.errors).toBeUndefined();
    expect((await embedded.gql(QUERIES.whoReceived)).errors).toBeUndefined();
  });
  afterAll(async () => {
    await embedded?.close();
    await neo4j?.close();
    removeDir(dir);
  });

  it('GET /admin/export is for ADMIN only, with the Authorization header', async () => {
    const url = `${embedded.url}/admin/export`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${editorToken}` } })).status).toBe(403);
    expect((await fetch(`${url}?token=${embedded.adminToken}`)).status).toBe(401);
  });

  it('exports the running server, restores into Neo4j, and the second archive has the same content', async () => {
    const auditBefore = await embedded.gql(AUDIT_LOG);
    const fromEmbedded = join(dir, 'embedded.ndjson.gz');
    const exported = await runCli(EXPORT_CLI, ['--server', embedded.url, '--token', embedded.adminToken, '--out', fromEmbedded], {
      engine: 'embedded',
      dataDir: embedded.dataDir,
    });
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    const lines = contentLines(fromEmbedded);
    for (const kind of [
      '"n":"Person"',
      '"n":"Transfer"',
      '"n":"OptOut"',
      '"n":"PrivacyRequest"',
      '"n":"AuditEntry"',
      '"n":"ApiToken"',
      '"n":"InventoryChange"',
      '"r":"MEMBER_OF"',
      '"r":"INCLUDED_IN"',
    ]) {
      expect(lines.some((l) => l.includes(kind))).toBe(true);
    }
    // The export itself is audited (after the archive was read, so it is not in it).
    const audit = (await embedded.gql<{ auditLog: { operation: string }[] }>(AUDIT_LOG)).data!.auditLog;
    expect(audit[0].operation).toBe('exportArchive');

    await (await freshStore('neo4j')).close();
    const restored = await runCli(RESTORE_CLI, [fromEmbedded], { engine: 'neo4j', dataDir: tempDir('dm-neo4j-') });
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const fromNeo4j = join(dir, 'neo4j.ndjson.gz');
    const again = await runCli(EXPORT_CLI, ['--out', fromNeo4j], { engine: 'neo4j', dataDir: tempDir('dm-neo4j-') });
    expect(again.code).toBe(0);
    expect(contentLines(fromNeo4j)).toEqual(lines);

    neo4j = await startTestServer({ engine: 'neo4j', seed: 'none', personIdSecret: SECRET });
    // Reading the log is itself audited: the archive also holds the entry of the read that gave auditBefore, newest.
    const restoredLog = (await neo4j.gql<{ auditLog: { operation: string }[] }>(AUDIT_LOG)).data!.auditLog;
    expect(restoredLog[0].operation).toBe('auditLog');
    expect({ auditLog: restoredLog.slice(1) }).toEqual(auditBefore.data);
    expect(await answers(neo4j)).toEqual(await answers(embedded));
  });
});

describe.each(engines)('[%s] round trip of a small synthetic company', (engine) => {
  const dir = tempDir('dm-roundtrip-');
  afterAll(() => removeDir(dir));

  it('export → restore into an empty graph → export gives the same content', async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    const server = await startTestServer({ engine, seed: 'none', personIdSecret: SECRET });
    const first = join(dir, 'first.ndjson.gz');
    try {
      const files = await writeSynthCompany(join(dir, 'synth'), { people: 150, transfers: 600, seed: 7, recipients: 12 });
      const seeds = server.app.get(SeedService);
      await seeds.load(seeds.readDocument(files.inventory));
      const imports = server.app.get(BulkImportService);
      await imports.importFile(files.people, { rejectsFile: null });
      await imports.importFile(files.transfers, { rejectsFile: null });
      await server.app.get(PortabilityService).exportTo(createWriteStream(first));
    } finally {
      await server.close();
    }
    const lines = contentLines(first);
    expect(lines.filter((l) => l.startsWith('{"n":"Person"'))).toHaveLength(150);

    const store = await freshStore(engine, tempDir('dm-target-'));
    try {
      const summary = await restoreArchive(store, new PortabilityRepository(), first, {
        replace: false,
        identifierKey: SECRET,
        batchLines: 400,
      });
      expect(summary.resumed).toBe(false);
      expect(await exportStore(store, join(dir, 'second.ndjson.gz'))).toEqual(lines);
    } finally {
      await store.close();
    }
  });
});

describe('restore refuses, with its exit code and message, and changes nothing', () => {
  const dir = tempDir('dm-refusals-');
  let archive: string;
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ engine: 'embedded', seed: 'example', personIdSecret: SECRET });
    archive = join(dir, 'example.ndjson.gz');
    await server.app.get(PortabilityService).exportTo(createWriteStream(archive));
  });
  afterAll(async () => {
    await server.close();
    removeDir(dir);
  });

  it('an export whose reader goes away ends with its error and frees its unit of work (a client gone mid-download)', async () => {
    // Nobody reads the body: the export fills it and waits; the controller destroys the body when the response closes.
    const body = new PassThrough({ highWaterMark: 16 });
    const exporting = server.app.get(PortabilityService).exportTo(body);
    setTimeout(() => body.destroy(new Error('the client went away')), 300);
    await expect(exporting).rejects.toThrow('the client went away');
    // Destroyed without an error (a stream closed under it), the export ends too.
    const closed = new PassThrough({ highWaterMark: 16 });
    const closing = server.app.get(PortabilityService).exportTo(closed);
    setTimeout(() => closed.destroy(), 300);
    await expect(closing).rejects.toThrow("the archive's destination closed before the archive was complete");
    const again = join(dir, 'again.ndjson.gz');
    await server.app.get(PortabilityService).exportTo(createWriteStream(again));
    expect(contentLines(again)).toEqual(contentLines(archive));
  });

  it('a graph a running server holds (3)', async () => {
    const run = await runCli(RESTORE_CLI, [archive], { engine: 'embedded', dataDir: server.dataDir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/held by a running server/);
    const exported = await runCli(EXPORT_CLI, ['--out', join(dir, 'x.ndjson.gz')], { engine: 'embedded', dataDir: server.dataDir });
    expect(exported.code).toBe(3);
    expect(exported.stderr).toMatch(/--server URL --token/);
  });

  it('a non-empty graph without --replace (4); with --replace it restores', async () => {
    const target = tempDir('dm-full-');
    expect((await runCli(RESTORE_CLI, [archive], { engine: 'embedded', dataDir: target })).code).toBe(0);
    const before = await contentOf('embedded', target);
    const run = await runCli(RESTORE_CLI, [archive], { engine: 'embedded', dataDir: target });
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/not empty .*--replace/);
    expect(await contentOf('embedded', target)).toEqual(before);
    const replaced = await runCli(RESTORE_CLI, [archive, '--replace'], { engine: 'embedded', dataDir: target });
    expect(replaced.code).toBe(0);
    expect(await contentOf('embedded', target)).toEqual(contentLines(archive));
  });

  it.each([
    [
      'a changed line',
      (lines: string[]) => lines.map((l, i) => (i === 3 ? l.replace('"name":"', '"name":"X') : l)),
      /does not match its SHA-256/,
    ],
    ['a missing line', (lines: string[]) => lines.filter((_, i) => i !== 5), /content lines, the manifest says|does not match/],
    ['no manifest (cut short)', (lines: string[]) => lines.slice(0, -1), /manifest .* missing/],
    [
      'a changed header',
      (lines: string[]) => [lines[0].replace('"engine":"embedded"', '"engine":"neo4j"'), ...lines.slice(1)],
      /header does not match/,
    ],
  ])('a damaged archive: %s (5)', async (_name, change, message) => {
    const damaged = join(dir, 'damaged.ndjson.gz');
    rewrite(archive, damaged, change);
    const target = tempDir('dm-empty-');
    const run = await runCli(RESTORE_CLI, [damaged], { engine: 'embedded', dataDir: target });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(message);
    expect((await contentOf('embedded', target)).filter((l) => l.includes('"n":"DataCategory"'))).toEqual([]);
  });

  it('a file that is not gzip at all, or cut in the middle of the stream (5)', async () => {
    const cut = join(dir, 'cut.ndjson.gz');
    writeFileSync(cut, readFileSync(archive).subarray(0, 2000));
    const run = await runCli(RESTORE_CLI, [cut], { engine: 'embedded', dataDir: tempDir('dm-empty-') });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/not a readable gzip archive/);
  });

  it('an archive made under another identifier key, or a target with no key (6)', async () => {
    const target = tempDir('dm-empty-');
    const other = await runCli(RESTORE_CLI, [archive], { engine: 'embedded', dataDir: target, secret: 'another-secret-0123456789abcdef' });
    expect(other.code).toBe(6);
    expect(other.stderr).toMatch(/another identifier key.*PERSON_ID_SECRET/);
    const none = await runCli(RESTORE_CLI, [archive], { engine: 'embedded', dataDir: target, secret: null });
    expect(none.code).toBe(6);
    expect(none.stderr).toMatch(/has none/);
    expect(existsSync(join(target, 'person-id.secret'))).toBe(false);
    expect((await contentOf('embedded', target)).filter((l) => l.includes('"n":"Person"'))).toEqual([]);
  });

  it('an archive of a newer format (7)', async () => {
    const newer = join(dir, 'newer.ndjson.gz');
    rewrite(archive, newer, (lines) => [lines[0].replace('"formatVersion":1', '"formatVersion":99'), ...lines.slice(1)]);
    const run = await runCli(RESTORE_CLI, [newer], { engine: 'embedded', dataDir: tempDir('dm-empty-') });
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(/format 99/);
  });
});

describe.each(engines)('[%s] a restore killed with SIGKILL completes when run again', (engine) => {
  const dir = tempDir('dm-kill-');
  afterAll(() => removeDir(dir));

  it('re-running the same command finds the interrupted restore, clears it and loads the whole archive', async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    const server = await startTestServer({ engine, seed: 'none', personIdSecret: SECRET });
    const archive = join(dir, 'synth.ndjson.gz');
    try {
      const files = await writeSynthCompany(join(dir, 'synth'), { people: 400, transfers: 2000, seed: 11, recipients: 12 });
      const seeds = server.app.get(SeedService);
      await seeds.load(seeds.readDocument(files.inventory));
      await server.app.get(BulkImportService).importFile(files.people, { rejectsFile: null });
      await server.app.get(BulkImportService).importFile(files.transfers, { rejectsFile: null });
      await server.app.get(PortabilityService).exportTo(createWriteStream(archive));
    } finally {
      await server.close();
    }
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    const target = { engine, dataDir: tempDir('dm-kill-target-') };
    const killed = await runCli(RESTORE_CLI, [archive, '--batch', '300', '--progress'], target, true);
    expect(killed.signal).toBe('SIGKILL');
    const partial = await contentOf(engine, target.dataDir);
    expect(partial.length).toBeLessThan(contentLines(archive).length);
    // A server does not start on the half-restored graph.
    await expect(startTestServer({ engine, seed: 'none', dataDir: target.dataDir, personIdSecret: SECRET })).rejects.toThrow(
      /interrupted restore/,
    );

    const rerun = await runCli(RESTORE_CLI, [archive], target);
    expect(rerun.stderr).toBe('');
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ resumed: true });
    expect(await contentOf(engine, target.dataDir)).toEqual(contentLines(archive));
  });
});
