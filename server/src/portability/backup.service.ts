import { createWriteStream, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PortabilityService } from './portability.service';

export interface BackupStatus {
  /** When the last backup ended. */
  at: string;
  outcome: 'OK' | 'FAILED';
  file: string | null;
  error: string | null;
}

const BACKUP_FILE = /^disclosure-map-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.ndjson\.gz$/;

/** The backups to delete so that the newest `keep` remain (names sort by time). */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const backups = names.filter((n) => BACKUP_FILE.test(n)).sort();
  return backups.slice(0, Math.max(backups.length - keep, 0));
}

/**
 * Scheduled backups (BACKUP_DIR, BACKUP_EVERY, BACKUP_KEEP): every interval the server writes an archive, as
 * `npm run export` would, to `<name>.partial` and renames it when complete (a crash never leaves a half archive
 * under a backup's name), then deletes the oldest beyond BACKUP_KEEP. A backup still running when the next is due
 * lets that one pass. /health reports the last outcome.
 */
@Injectable()
export class BackupService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backup');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  last: BackupStatus | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly portability: PortabilityService,
  ) {}

  get enabled(): boolean {
    return Boolean(this.config.backup);
  }

  onApplicationBootstrap(): void {
    const backup = this.config.backup;
    if (!backup) return;
    mkdirSync(backup.dir, { recursive: true });
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.runOnce().finally(() => (this.running = null));
    }, backup.everyMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One backup now; its outcome is kept for /health and never thrown (the server goes on serving). */
  async runOnce(): Promise<void> {
    const backup = this.config.backup;
    if (!backup) return;
    const name = `disclosure-map-${new Date().toISOString().replace(/[:.]/g, '-')}.ndjson.gz`;
    const file = join(backup.dir, name);
    const partial = `${file}.partial`;
    try {
      await this.portability.exportTo(createWriteStream(partial));
      renameSync(partial, file);
      for (const old of backupsToPrune(readdirSync(backup.dir), backup.keep)) rmSync(join(backup.dir, old), { force: true });
      this.last = { at: new Date().toISOString(), outcome: 'OK', file, error: null };
    } catch (error) {
      rmSync(partial, { force: true });
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Backup failed: ${message}`);
      this.last = { at: new Date().toISOString(), outcome: 'FAILED', file: null, error: message };
    }
  }
}
