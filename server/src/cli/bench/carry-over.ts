/**
 * What a partial benchmark run keeps from the last one (bench/results/latest.json at the same scale and seed): the
 * figures of the steps `--only` leaves out, the engines `--engines` leaves out, and the map when `--no-map`. A full run
 * at a million people takes hours on two cores; re-measuring what a change touched must not discard the rest. Every
 * kept figure keeps the time it was measured, and the report says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { field } from './answers';
import { BENCH_STEPS, stepRecord, type BenchScale, type EngineResult } from './results';
import { readMapResult, type MapResult } from './map';

export interface PreviousRun {
  at: string;
  results: EngineResult[];
}

/** The last run's engine results when it was at this scale and seed; null when there is none or it was another scale. */
export function previousRun(outDir: string, scale: BenchScale): PreviousRun | null {
  const file = join(outDir, 'latest.json');
  if (!existsSync(file)) return null;
  const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const was = field(report, 'scale');
  const at = field(report, 'at');
  const results = field(report, 'results');
  if (typeof at !== 'string' || !Array.isArray(results)) return null;
  if (field(was, 'people') !== scale.people || field(was, 'transferPersonRows') !== scale.transferPersonRows) return null;
  if (field(was, 'seed') !== scale.seed) return null;
  return { at, results: results.filter(isEngineResult).map((r) => withMeasuredAt(r, at)) };
}

/** The map's figures of the last map run (bench/results/map-latest.json), whenever it ran; null when there are none. */
export function previousMap(outDir: string): { result: MapResult; at: string } | null {
  const file = join(outDir, 'map-latest.json');
  if (!existsSync(file)) return null;
  const json = readFileSync(file, 'utf8');
  const at = field(JSON.parse(json) as unknown, 'at');
  return typeof at === 'string' ? { result: readMapResult(json, 0), at } : null;
}

/** A result of a run older than the per-step times: every step was measured at the run's time. */
function withMeasuredAt(r: EngineResult, at: string): EngineResult {
  const earlier: Partial<EngineResult['measuredAt']> = field(r, 'measuredAt') ?? {};
  return { ...r, measuredAt: stepRecord((step) => earlier[step] ?? at) };
}

function isEngineResult(x: unknown): x is EngineResult {
  return (
    (field(x, 'engine') === 'embedded' || field(x, 'engine') === 'neo4j') &&
    BENCH_STEPS.every((step) => typeof field(x, step) === 'object') &&
    typeof field(x, 'ingest') === 'object'
  );
}
