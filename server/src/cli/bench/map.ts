/**
 * The map's figures (issue 15 item 7): bench/map-bench.mjs (`npm run bench:map`) in its own process — real Chromium,
 * the 2,000-recipient synthetic inventory on the embedded engine — then its bench/results/map-latest.json read back
 * into the benchmark's report.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { field } from './answers';
import { BENCH_ROOT } from './bench-config';

export interface MapResult {
  /** Median of three navigations to /map until the first map is drawn. */
  firstDrawMs: number;
  /** Frames per second while panning and zooming the grouped overview, and with a group of 500 open. */
  overviewFps: number;
  expandedFps: number;
  /** Opening a group (100 members) and closing it, until the map settles. */
  expandMs: number;
  collapseMs: number;
  /** The 1-minute load average during the run: the figures are the browser's, and the machine may be shared. */
  loadAverage1m: number;
  /** The map issue's targets, as map-bench.mjs states them. */
  targets: { firstDrawMs: number; fps: number; settleMs: number };
}

const MAP_RESULTS = join(BENCH_ROOT, 'bench', 'results', 'map-latest.json');

/** Runs the map bench (building the web app first if its bundle is missing); null when it failed, with the reason logged. */
export async function runMapBench(log: (s: string) => void): Promise<MapResult | null> {
  log('\n== the map in Chromium (bench/map-bench.mjs) ==');
  if (!existsSync(join(BENCH_ROOT, 'web', 'dist', 'index.html'))) {
    const built = await exitCode(spawn('npm', ['run', 'build', '-w', 'web'], { cwd: BENCH_ROOT, stdio: 'inherit' }));
    if (built !== 0) {
      log(`  the web app did not build (exit ${built}): no map figures`);
      return null;
    }
  }
  const started = Date.now();
  const code = await exitCode(spawn(process.execPath, [join(BENCH_ROOT, 'bench', 'map-bench.mjs')], { cwd: BENCH_ROOT, stdio: 'inherit' }));
  if (code !== 0) {
    log(`  the map bench failed (exit ${code}): no map figures`);
    return null;
  }
  return readMapResult(readFileSync(MAP_RESULTS, 'utf8'), started);
}

/** The figures of map-latest.json; it must have been written by the run that started at `notBefore`. */
export function readMapResult(json: string, notBefore: number): MapResult {
  const report: unknown = JSON.parse(json);
  const written = field(report, 'at');
  const at = typeof written === 'string' ? Date.parse(written) : NaN;
  if (!(at >= notBefore - 1000)) throw new Error('bench/results/map-latest.json is older than this run');
  const result = field(report, 'result');
  const targets = field(report, 'targets');
  return {
    firstDrawMs: num(field(field(result, 'firstDrawMs'), 'median'), 'firstDrawMs.median'),
    overviewFps: num(field(result, 'overviewFps'), 'overviewFps'),
    expandedFps: num(field(field(result, 'expanded500'), 'fps'), 'expanded500.fps'),
    expandMs: num(field(result, 'expandMs'), 'expandMs'),
    collapseMs: num(field(result, 'collapseMs'), 'collapseMs'),
    loadAverage1m: num(field(field(report, 'machine'), 'loadAverage1m'), 'machine.loadAverage1m'),
    targets: {
      firstDrawMs: num(field(targets, 'firstDrawMs'), 'targets.firstDrawMs'),
      fps: num(field(targets, 'fps'), 'targets.fps'),
      settleMs: num(field(targets, 'settleMs'), 'targets.settleMs'),
    },
  };
}

function num(value: unknown, name: string): number {
  if (typeof value !== 'number') throw new Error(`map-latest.json has no number at ${name}`);
  return value;
}

function exitCode(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((done) => child.once('exit', (code) => done(code ?? 1)));
}
