/** The benchmark's report: bench/results/latest.json and the printed tables (every figure, then the targets met or missed). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { MapResult } from './map';
import type { Percentiles } from './measure';
import { BENCH_STEPS, type BenchScale, type EngineResult } from './results';
import { ENGINE_FIGURES, ENGINE_TARGETS, MAP_TARGETS, TARGET_SCALE, judge, meets, targetText } from './targets';

/** The map's part of the report: its figures, or why there are none. */
export type MapOutcome =
  | { state: 'measured'; result: MapResult }
  /** --no-map: the last map run's figures, measured at `at`. */
  | { state: 'kept'; result: MapResult; at: string }
  | { state: 'skipped' }
  | { state: 'failed' };

export function isFullScale(scale: BenchScale): boolean {
  return scale.people >= TARGET_SCALE.people && scale.transferPersonRows >= TARGET_SCALE.transferPersonRows;
}

/** Writes bench/results/latest.json; called after each engine too, so a later failure keeps what was measured. */
export function writeReport(outDir: string, scale: BenchScale, results: readonly EngineResult[], map: MapOutcome | null): string {
  const measuredMap = map?.state === 'measured' || map?.state === 'kept' ? map.result : null;
  const report = {
    at: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.version,
      loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
    },
    scale: { ...scale, fullScale: isFullScale(scale) },
    targetScale: TARGET_SCALE,
    figures: judge(results, measuredMap),
    results,
    map: map ?? { state: 'not yet run' },
  };
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'latest.json');
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const mb = (b: number) => `${Math.round(b / 1048576)} MiB`;
const p = (x: Percentiles) => `${x.p50} / ${x.p95} / ${x.p99}`;

/** Every figure of every engine, one row per engine (the README's "Scale" tables are made from it). */
export function detailTable(results: readonly EngineResult[], scale: BenchScale): string {
  const lines = [
    `Scale: ${n(scale.people)} people, ${n(scale.transferPersonRows)} transfer-person rows`,
    '',
    '| engine | ingest transfer-person rows/s | ingest people-file rows/s | whoReceived p50/p95/p99 ms GraphQL c1 | raw c1 | GraphQL c4 | raw c4 | overhead c1 (ratio, ms) | GraphQL throughput, 8 clients (req/s; p95 ms) | propagationPlan p50/p95/p99 ms GraphQL c1 | raw c1 | bulk STL s | bulk STL peak RSS | breachImpact largest processor s (people) | its peak RSS | export lines/s (peak RSS; Node memory) | restore lines/s (peak RSS; Node memory) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const w = r.whoReceived;
    lines.push(
      `| ${r.engine}${r.reusedData ? ' (graph reused)' : ''} | ${n(r.ingest.transferPeopleRowsPerSecond)} | ${n(r.ingest.peopleFileRowsPerSecond)} | ` +
        `${p(w.graphql.c1)} | ${p(w.raw.c1)} | ${p(w.graphql.c4)} | ${p(w.raw.c4)} | ${w.overhead.c1Ratio}× (+${w.overhead.c1Ms} ms) | ` +
        `${w.throughput.perSecond} (${w.throughput.latency.p95}) | ` +
        `${p(r.propagationPlan.graphql.c1)} | ${p(r.propagationPlan.raw.c1)} | ${r.bulkShineTheLight.seconds.toFixed(1)} | ${mb(r.bulkShineTheLight.peakRssBytes)} | ` +
        `${r.breachImpact.seconds.toFixed(1)} (${n(r.breachImpact.peopleAffected)}) | ${mb(r.breachImpact.peakRssBytes)} | ` +
        `${n(r.portability.exportLinesPerSecond)} (${mb(r.portability.exportPeakRssBytes)}; ${mb(r.portability.exportPeakNodeBytes)}) | ` +
        `${n(r.portability.restoreLinesPerSecond)} (${mb(r.portability.restorePeakRssBytes)}; ${mb(r.portability.restorePeakNodeBytes)}) |`,
    );
  }
  lines.push('', ...results.map((r) => `${r.engine}: ${whenMeasured(r)}`));
  return lines.join('\n');
}

/** When each step's figures were measured, the steps of one time together (a partial run keeps earlier figures). */
function whenMeasured(r: EngineResult): string {
  const byTime = new Map<string, string[]>();
  for (const step of BENCH_STEPS) byTime.set(r.measuredAt[step], [...(byTime.get(r.measuredAt[step]) ?? []), step]);
  const ingest = r.reusedData ? 'ingest from the first import of the graph' : 'ingest in this run';
  return [ingest, ...[...byTime].map(([at, steps]) => `${steps.join(', ')} measured ${at}`)].join('; ');
}

/** Issue 15's table with this run's figures, each marked met or missed; then the map's. */
export function targetsTable(results: readonly EngineResult[], scale: BenchScale, map: MapOutcome | null): string {
  const fmt = (x: number) => (Number.isInteger(x) || Math.abs(x) >= 100 ? n(x) : String(Math.round(x * 100) / 100));
  const lines = [
    isFullScale(scale)
      ? `Targets (issue 15: ${n(TARGET_SCALE.people)} people, ${n(TARGET_SCALE.transferPersonRows)} transfer-person rows; this run is at that scale)`
      : `Targets (issue 15) are for ${n(TARGET_SCALE.people)} people and ${n(TARGET_SCALE.transferPersonRows)} transfer-person rows; ` +
        `this run has ${n(scale.people)} and ${n(scale.transferPersonRows)}: its marks only indicate`,
    '',
    `| figure | ${results.map((r) => `${r.engine} | target`).join(' | ')} |`,
    `|---|${results.map(() => '---|---').join('|')}|`,
  ];
  for (const t of ENGINE_TARGETS) {
    const cells = results.map((r) => {
      const value = t.value(r);
      const target = t.target[r.engine];
      return `${fmt(value)} ${t.unit}: ${meets(value, target, t.comparison) ? 'met' : 'missed'} | ${targetText(target, t.unit, t.comparison)}`;
    });
    lines.push(`| ${t.figure} | ${cells.join(' | ')} |`);
  }
  for (const f of ENGINE_FIGURES) lines.push(`| ${f.figure} | ${results.map((r) => `${fmt(f.value(r))} ${f.unit} | —`).join(' | ')} |`);
  lines.push('', mapLines(map, fmt).join('\n'));
  return lines.join('\n');
}

function mapLines(map: MapOutcome | null, fmt: (x: number) => string): string[] {
  if (!map || map.state === 'skipped') return ['The map: not measured (--no-map).'];
  if (map.state === 'failed') return ['The map: the map bench failed (see above); no figures.'];
  const m = map.result;
  const when = map.state === 'kept' ? `, kept from the map run of ${map.at}` : '';
  return [
    `The map at 2,000 recipients in Chromium (the map issue's targets; 1-minute load average ${m.loadAverage1m.toFixed(1)} during the run${when})`,
    '',
    '| figure | measured | target |',
    '|---|---|---|',
    ...MAP_TARGETS.map((t) => {
      const value = t.value(m);
      const target = t.target(m);
      return `| ${t.figure} | ${fmt(value)} ${t.unit}: ${meets(value, target, t.comparison) ? 'met' : 'missed'} | ${targetText(target, t.unit, t.comparison)} |`;
    }),
  ];
}
