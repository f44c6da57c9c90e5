import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { auditJournalFile } from '../../server/src/audit/audit-journal';
import { enginesUnderTest, freshStore, tempDir } from '../support/engines';
import { spawnChildServer, stopChildServer } from './support/child-server';
import { printSummary, type SummaryRow } from './support/reliability';

/** Servers started and killed on a busy CI machine: minutes, not the default two. */
jest.setTimeout(600_000);

const LOOKUPS = Number(process.env.AUDIT_KILL_LOOKUPS ?? 200);
const PEOPLE = 20;
const UPSERT = 'mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }';
const LOOKUP = 'query($p: PersonRef!) { whoReceived(person: $p) { person { id } } }';
const AUDIT_LOG = '{ auditLog(limit: 1000) { id operation targetIds outcome } }';

interface Entry {
  id: string;
  operation: string;
  targetIds: string[];
  outcome: string;
}

describe.each(enginesUnderTest())('[%s] audit journal', (engine) => {
  const rows: SummaryRow[] = [];
  afterAll(() => printSummary(`audit journal [${engine}]`, rows));

  it(`loses no audit entry when the server is killed (SIGKILL) right after the last of ${LOOKUPS} person lookups answered`, async () => {
    if (engine === 'neo4j') await (await freshStore('neo4j')).close();
    const dataDir = tempDir('dm-audit-kill-');
    // Shipping held back for ten minutes: every entry is still only in the journal when the process is killed, so the
    // restart must bring them all into the graph (with the default 50 ms, some would be shipped already).
    let child = await spawnChildServer(engine, dataDir, { AUDIT_SHIP_INTERVAL_MS: '600000' });
    const people: string[] = [];
    for (let i = 0; i < PEOPLE; i += 1) {
      const answer = await child.gql(UPSERT, { i: { externalId: `audit-kill-${i}` } });
      people.push((answer.data?.upsertPerson as { id: string }).id);
    }

    // Entries only in the journal are listed by auditLog, once each.
    const before = (await child.gql(AUDIT_LOG)).data?.auditLog as Entry[];
    const upserts = before.filter((e) => e.operation === 'upsertPerson').map((e) => e.targetIds[0]);
    expect(upserts.sort()).toEqual([...people].sort());

    // Lookups 10 at a time (concurrent answers share fsyncs), the process killed as soon as the last answer is in.
    const answered: string[] = [];
    for (let i = 0; i < LOOKUPS; i += 10) {
      const batch = Array.from({ length: Math.min(10, LOOKUPS - i) }, (_, k) => (i + k) % PEOPLE);
      const answers = await Promise.all(batch.map((p) => child.gql(LOOKUP, { p: { externalId: `audit-kill-${p}` } })));
      for (const a of answers) answered.push((a.data?.whoReceived as { person: { id: string } }).person.id);
    }
    await stopChildServer(child, 'SIGKILL');
    const journal = join(dataDir, auditJournalFile(child.process.pid ?? 0));
    const leftInJournal = readFileSync(journal, 'utf8').split('\n').filter(Boolean).length;
    expect(leftInJournal).toBeGreaterThanOrEqual(LOOKUPS);
    expect(statSync(journal).mode & 0o777).toBe(0o600);

    // Restarted on the same DATA_DIR: every answered lookup has its entry, once.
    child = await spawnChildServer(engine, dataDir);
    // Shipped at start-up, before the first request: the killed process's journal is gone, the new one empty.
    expect(existsSync(journal)).toBe(false);
    expect(readFileSync(join(dataDir, auditJournalFile(child.process.pid ?? 0)), 'utf8')).toBe('');
    const log = (await child.gql(AUDIT_LOG)).data?.auditLog as Entry[];
    const lookups = log.filter((e) => e.operation === 'whoReceived');
    const perPerson = new Map<string, number>();
    for (const e of lookups) for (const t of e.targetIds) perPerson.set(t, (perPerson.get(t) ?? 0) + 1);
    const expected = new Map<string, number>();
    for (const id of answered) expected.set(id, (expected.get(id) ?? 0) + 1);
    expect(new Set(log.map((e) => e.id)).size).toBe(log.length);
    expect(lookups.every((e) => e.outcome === 'OK')).toBe(true);
    expect(perPerson).toEqual(expected);
    expect(log.filter((e) => e.operation === 'upsertPerson')).toHaveLength(PEOPLE);
    await stopChildServer(child, 'SIGTERM');
    rows.push({
      check: `kill -9 after ${LOOKUPS} lookups`,
      tried: LOOKUPS,
      rejectedCorrectly: 0,
      fiveXx: 0,
      dataLost: Math.max(0, answered.length - lookups.length),
      note: `${leftInJournal} entries were only in the journal when killed; ${lookups.length} lookups in auditLog after the restart`,
    });
  });
});
