import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The benchmark's breach figure: the impact of the largest processor over every date, in a child process of its own. */
export interface BreachBenchResult {
  recipientId: string | null;
  peopleAffected: number;
  californiaNotices: number;
  seconds: number;
  peakRssBytes: number;
}

/** Runs `report:breach --largest-processor` as `npm run report:breach` does (old space capped at 1 GiB). */
export function runBreachImpact(env: NodeJS.ProcessEnv, bufferPoolMb: number): Promise<BreachBenchResult> {
  return new Promise((resolvePromise, reject) => {
    const args = ['--max-old-space-size=1024', join(__dirname, 'breach-cli.js'), '--largest-processor', '--from', '2000-01-01'];
    const child = spawn(process.execPath, args, {
      env: { ...env, EMBEDDED_BUFFER_POOL_MB: String(bufferPoolMb) },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`report:breach exited with ${code}: ${stderr.slice(-2000)}`));
      resolvePromise(JSON.parse(stderr.trim().split('\n').pop() ?? '{}') as BreachBenchResult);
    });
  });
}
