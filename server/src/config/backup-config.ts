import { resolve } from 'node:path';

/** Scheduled backups (README "Backup, restore, migration"): an archive every `everyMs` into `dir`, the last `keep` kept. */
export interface BackupConfig {
  dir: string;
  everyMs: number;
  keep: number;
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const satisfies Record<string, number>;
const DURATION = /^(\d+)(s|m|h|d)$/;

/** `24h`, `30m`, `7d`, `10s` in milliseconds; null when the text is no such duration. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  const units: Readonly<Record<string, number>> = UNIT_MS; // the pattern admits only its keys
  const ms = Number(match[1]) * units[match[2]];
  return ms > 0 ? ms : null;
}

/**
 * BACKUP_DIR and BACKUP_EVERY go together (one without the other is a mistake worth stopping for); BACKUP_KEEP
 * defaults to 7. `problem(variable, text)` builds the start-up error naming the variable.
 */
export function loadBackupConfig(env: NodeJS.ProcessEnv, problem: (variable: string, text: string) => Error): BackupConfig | null {
  const dir = env.BACKUP_DIR || null;
  const every = env.BACKUP_EVERY || null;
  if (dir === null && every === null) {
    if (env.BACKUP_KEEP) throw problem('BACKUP_KEEP', 'needs BACKUP_DIR and BACKUP_EVERY');
    return null;
  }
  if (dir === null) throw problem('BACKUP_DIR', 'is required when BACKUP_EVERY is set');
  if (every === null) throw problem('BACKUP_EVERY', 'is required when BACKUP_DIR is set (e.g. 24h, 30m)');
  const everyMs = parseDuration(every);
  if (everyMs === null) throw problem('BACKUP_EVERY', `must be a duration such as 24h, 30m, 7d or 10s (got "${every}")`);
  const keepText = env.BACKUP_KEEP || '7';
  if (!/^\d+$/.test(keepText) || Number(keepText) < 1)
    throw problem('BACKUP_KEEP', `must be a whole number, at least 1 (got "${keepText}")`);
  return { dir: resolve(dir), everyMs, keep: Number(keepText) };
}
