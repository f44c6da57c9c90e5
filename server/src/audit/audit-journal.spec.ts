import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditJournalFile, AuditJournal, type JournalEntry, parseJournalLine } from './audit-journal';
import { mergeEntries } from './audit.service';

const OWN = auditJournalFile(process.pid);

const entry = (id: string, at: string, actor = 'admin'): JournalEntry => ({
  id,
  at,
  actor,
  role: 'ADMIN',
  operation: 'whoReceived',
  targetIds: [`person-${id}`],
  outcome: 'OK',
});

describe('AuditJournal', () => {
  let dir: string;
  let shipped: JournalEntry[][];
  const ship = (entries: JournalEntry[]) => {
    shipped.push([...entries]);
    return Promise.resolve();
  };
  const lines = () => readFileSync(join(dir, OWN), 'utf8').split('\n').filter(Boolean);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dm-journal-'));
    shipped = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('resolves an append once its line is in the file (mode 0600), and ships each entry once', async () => {
    const journal = await AuditJournal.open(dir, ship, () => undefined, 60_000);
    const entries = Array.from({ length: 50 }, (_, i) => entry(`e${i}`, `2026-01-01T00:00:00.${String(i).padStart(3, '0')}Z`));
    await Promise.all(entries.map((e) => journal.append(e)));
    expect(lines()).toHaveLength(50);
    expect(statSync(join(dir, OWN)).mode & 0o777).toBe(0o600);
    expect(journal.pending().map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(journal.backlog).toBe(50);
    expect(shipped).toEqual([]); // held for the shipping interval
    await journal.drain();
    expect(shipped.flat().map((e) => e.id)).toEqual(entries.map((e) => e.id));
    expect(journal.pending()).toEqual([]);
    expect(lines()).toEqual([]); // everything is in the graph: the journal starts over
    await journal.close();
  });

  it('takes in what a killed process left, dropping a torn last line, and appends whole lines after it', async () => {
    const left = [entry('a', '2026-01-01T00:00:00.000Z'), entry('b', '2026-01-01T00:00:01.000Z')];
    writeFileSync(join(dir, OWN), `${left.map((e) => JSON.stringify(e)).join('\n')}\n{"id":"c","at":"2026-`);
    const journal = await AuditJournal.open(dir, ship, () => undefined, 60_000);
    expect(journal.pending()).toEqual(left);
    await journal.append(entry('d', '2026-01-01T00:00:02.000Z'));
    expect(lines().map((l) => parseJournalLine(l)?.id)).toEqual(['a', 'b', 'd']);
    await journal.close();
    expect(shipped.flat().map((e) => e.id)).toEqual(['a', 'b', 'd']);
  });

  it('takes in the file of a process no longer running and removes it once shipped; leaves a running one alone', async () => {
    const dead = join(dir, auditJournalFile(999_999_999));
    const running = join(dir, auditJournalFile(process.ppid));
    writeFileSync(dead, `${JSON.stringify(entry('k', '2026-01-01T00:00:00.000Z'))}\n`);
    writeFileSync(running, `${JSON.stringify(entry('r', '2026-01-01T00:00:00.000Z'))}\n`);
    const journal = await AuditJournal.open(dir, ship, () => undefined, 60_000);
    expect(journal.pending().map((e) => e.id)).toEqual(['k']);
    await journal.drain();
    expect(shipped.flat().map((e) => e.id)).toEqual(['k']);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(running)).toBe(true);
    await journal.close();
  });

  it('keeps entries the graph refused and ships them on the next try; the refusal reaches drain()', async () => {
    let refuse = true;
    const journal = await AuditJournal.open(
      dir,
      (entries) => (refuse ? Promise.reject(new Error('graph down')) : ship(entries)),
      () => undefined,
      60_000,
    );
    await journal.append(entry('x', '2026-01-01T00:00:00.000Z'));
    await expect(journal.drain()).rejects.toThrow('graph down');
    expect(journal.pending().map((e) => e.id)).toEqual(['x']);
    expect(lines()).toHaveLength(1);
    refuse = false;
    await journal.drain();
    expect(shipped.flat().map((e) => e.id)).toEqual(['x']);
    await journal.close();
  });

  it('ships on its own after the interval', async () => {
    const journal = await AuditJournal.open(dir, ship, () => undefined, 5);
    await journal.append(entry('y', '2026-01-01T00:00:00.000Z'));
    for (let i = 0; i < 100 && journal.backlog > 0; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(shipped.flat().map((e) => e.id)).toEqual(['y']);
    await journal.close();
  });
});

describe('parseJournalLine', () => {
  it.each([
    ['a complete entry', JSON.stringify(entry('a', '2026-01-01T00:00:00.000Z')), 'a'],
    ['a torn line', '{"id":"a","at":"2026', null],
    ['an unknown role', JSON.stringify({ ...entry('a', '2026-01-01T00:00:00.000Z'), role: 'ROOT' }), null],
    ['targets that are not strings', JSON.stringify({ ...entry('a', '2026-01-01T00:00:00.000Z'), targetIds: [1] }), null],
    ['no operation', JSON.stringify({ ...entry('a', '2026-01-01T00:00:00.000Z'), operation: undefined }), null],
  ])('%s', (_, line, id) => {
    expect(parseJournalLine(line)?.id ?? null).toBe(id);
  });
});

describe('mergeEntries (auditLog: the graph and the unshipped journal)', () => {
  const g1 = entry('g1', '2026-01-01T00:00:01.000Z');
  const g2 = entry('g2', '2026-01-02T00:00:00.000Z', 'legal');
  const j1 = entry('j1', '2026-01-03T00:00:00.000Z');
  const j2 = entry('j2', '2026-01-03T00:00:00.000Z', 'legal');
  it.each([
    ['newest first, ties by id descending', [g1, g2], [j1, j2], '0000', '9999', null, 10, ['j2', 'j1', 'g2', 'g1']],
    ['an entry shipped meanwhile counts once', [g1, j1], [j1], '0000', '9999', null, 10, ['j1', 'g1']],
    ['journal entries filtered by actor', [g2], [j1, j2], '0000', '9999', 'legal', 10, ['j2', 'g2']],
    ['journal entries filtered by day', [g1], [j1], '0000', '2026-01-02T23:59:59.999Z', null, 10, ['g1']],
    ['the limit applies to both together', [g1, g2], [j1, j2], '0000', '9999', null, 3, ['j2', 'j1', 'g2']],
  ])('%s', (_, stored, unshipped, from, to, actor, limit, ids) => {
    expect(mergeEntries(stored, unshipped, from, to, actor, limit).map((e) => e.id)).toEqual(ids);
  });
});
