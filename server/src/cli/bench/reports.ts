/**
 * The two whole-graph reports, each run as `npm run report:stl` / `report:breach` runs it: a child process of its own
 * (so its peak memory is its own, not the parent's that has just imported millions of rows), V8's old space capped at
 * 1 GiB, the embedded engine's page cache at REPORT_BUFFER_POOL_MB. Each prints its summary as one JSON line on stderr.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config';
import { REPORT_BUFFER_POOL_MB, childEnv } from './bench-config';

export const STL_YEAR = 2025;

export interface StlBenchResult {
  seconds: number;
  people: number;
  peakRssBytes: number;
  year: number;
}

/** The benchmark's breach figure: the impact of the largest processor over every date. */
export interface BreachBenchResult {
  recipientId: string | null;
  peopleAffected: number;
  californiaNotices: number;
  seconds: number;
  peakRssBytes: number;
}

/** The bulk Shine-the-Light report of every customer for STL_YEAR, written to a scratch file then removed. */
export async function runStl(config: AppConfig): Promise<StlBenchResult> {
  const out = join(config.dataDir, '..', `stl-${config.engine}.csv`);
  const summary = await runReport('report-stl-cli.js', ['--year', String(STL_YEAR), '--out', out], config);
  rmSync(out, { force: true });
  return { seconds: num(summary, 'seconds'), people: num(summary, 'people'), peakRssBytes: num(summary, 'peakRssBytes'), year: STL_YEAR };
}

/** `report:breach --largest-processor` over every date since 2000. */
export async function runBreachImpact(config: AppConfig): Promise<BreachBenchResult> {
  const summary = await runReport('breach-cli.js', ['--largest-processor', '--from', '2000-01-01'], config);
  const recipientId = summary.recipientId;
  return {
    recipientId: typeof recipientId === 'string' ? recipientId : null,
    peopleAffected: num(summary, 'peopleAffected'),
    californiaNotices: num(summary, 'californiaNotices'),
    seconds: num(summary, 'seconds'),
    peakRssBytes: num(summary, 'peakRssBytes'),
  };
}

function runReport(script: string, args: string[], config: AppConfig): Promise<Record<string, unknown>> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=1024', join(__dirname, '..', script), ...args], {
      env: { ...childEnv(config), EMBEDDED_BUFFER_POOL_MB: String(REPORT_BUFFER_POOL_MB) },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${stderr.slice(-2000)}`));
      const last: unknown = JSON.parse(stderr.trim().split('\n').pop() ?? '{}');
      if (typeof last !== 'object' || last === null) return reject(new Error(`${script} printed no summary: ${stderr.slice(-500)}`));
      resolvePromise(Object.fromEntries(Object.entries(last)));
    });
  });
}

function num(summary: Record<string, unknown>, key: string): number {
  const value = summary[key];
  if (typeof value !== 'number') throw new Error(`the report's summary has no number "${key}": ${JSON.stringify(summary)}`);
  return value;
}
