import { parseDuration } from '../config/backup-config';
import { backupsToPrune } from './backup.service';

describe('parseDuration', () => {
  it.each([
    ['24h', 86_400_000],
    ['30m', 1_800_000],
    ['7d', 604_800_000],
    ['10s', 10_000],
    ['0h', null],
    ['1.5h', null],
    ['h', null],
    ['24 hours', null],
    ['', null],
  ])('%j → %p', (text, ms) => expect(parseDuration(text)).toBe(ms));
});

describe('backupsToPrune', () => {
  const name = (minute: number) => `disclosure-map-2026-01-01T10-${String(minute).padStart(2, '0')}-00-000Z.ndjson.gz`;
  it.each([
    [[name(3), name(1), name(2)], 2, [name(1)]],
    [[name(1), name(2)], 7, []],
    [[name(1), name(2), name(3)], 1, [name(1), name(2)]],
    // Files that are not backups (a partial one, the user's own) are never touched.
    [[name(1), `${name(0)}.partial`, 'notes.txt', name(2)], 1, [name(1)]],
  ])('%j keeping %i deletes %j', (names, keep, expected) => expect(backupsToPrune(names, keep)).toEqual(expected));
});
