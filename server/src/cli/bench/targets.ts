/**
 * Issue 15's targets (at 1M people and 10M transfer-person rows, on the 2-core machine) and the map issue's, each
 * with the figure of a run it judges. A figure is a benchmark figure, never a timed test.
 */
import type { GraphEngineName } from '../../graph/graph-store';
import type { MapResult } from './map';
import type { EngineResult } from './results';

/** The scale the engine targets are set for; a smaller run prints them too, saying so. */
export const TARGET_SCALE = { people: 1_000_000, transferPersonRows: 10_000_000 } as const;

export const COMPARISONS = ['atMost', 'atLeast'] as const;
export type Comparison = (typeof COMPARISONS)[number];

interface EngineTarget {
  figure: string;
  unit: string;
  comparison: Comparison;
  target: Record<GraphEngineName, number>;
  value(r: EngineResult): number;
}

const MIB = 1048576;

export const ENGINE_TARGETS: readonly EngineTarget[] = [
  {
    figure: 'whoReceived through GraphQL, p95, concurrency 1',
    unit: 'ms',
    comparison: 'atMost',
    target: { embedded: 10, neo4j: 12 },
    value: (r) => r.whoReceived.graphql.c1.p95,
  },
  {
    figure: 'GraphQL overhead over the raw lookup, p50',
    unit: 'ms',
    comparison: 'atMost',
    target: { embedded: 2, neo4j: 3 },
    value: (r) => r.whoReceived.overhead.c1Ms,
  },
  {
    figure: 'whoReceived throughput through GraphQL, 8 concurrent clients',
    unit: 'req/s',
    comparison: 'atLeast',
    target: { embedded: 300, neo4j: 200 },
    value: (r) => r.whoReceived.throughput.perSecond,
  },
  {
    figure: 'ingest, transfer-person rows/s',
    unit: 'rows/s',
    comparison: 'atLeast',
    target: { embedded: 80_000, neo4j: 40_000 },
    value: (r) => r.ingest.transferPeopleRowsPerSecond,
  },
  {
    figure: 'bulk Shine the Light, all customers',
    unit: 's',
    comparison: 'atMost',
    target: { embedded: 20, neo4j: 60 },
    value: (r) => r.bulkShineTheLight.seconds,
  },
  {
    figure: 'propagationPlan through GraphQL, p95, concurrency 1',
    unit: 'ms',
    comparison: 'atMost',
    target: { embedded: 10, neo4j: 12 },
    value: (r) => r.propagationPlan.graphql.c1.p95,
  },
  {
    figure: 'breachImpact of the largest processor',
    unit: 's',
    comparison: 'atMost',
    target: { embedded: 15, neo4j: 30 },
    value: (r) => r.breachImpact.seconds,
  },
  {
    figure: 'export',
    unit: 'lines/s',
    comparison: 'atLeast',
    target: { embedded: 100_000, neo4j: 50_000 },
    value: (r) => r.portability.exportLinesPerSecond,
  },
  {
    figure: 'restore',
    unit: 'lines/s',
    comparison: 'atLeast',
    target: { embedded: 100_000, neo4j: 50_000 },
    value: (r) => r.portability.restoreLinesPerSecond,
  },
  {
    // Issue 13: "1M people and 10M ledger rows under 500 MiB of Node memory" (V8 heap + external; the RSS also holds
    // the embedded engine's buffer pool, see ENGINE_FIGURES).
    figure: 'export, peak Node memory',
    unit: 'MiB',
    comparison: 'atMost',
    target: { embedded: 500, neo4j: 500 },
    value: (r) => Math.round(r.portability.exportPeakNodeBytes / MIB),
  },
];

/** Figures printed beside the targets without one of their own (the memory the whole-graph reports needed). */
export const ENGINE_FIGURES: readonly { figure: string; unit: string; value(r: EngineResult): number }[] = [
  { figure: 'bulk Shine the Light, peak RSS', unit: 'MiB', value: (r) => Math.round(r.bulkShineTheLight.peakRssBytes / MIB) },
  { figure: 'breachImpact of the largest processor, peak RSS', unit: 'MiB', value: (r) => Math.round(r.breachImpact.peakRssBytes / MIB) },
  { figure: 'export, peak RSS', unit: 'MiB', value: (r) => Math.round(r.portability.exportPeakRssBytes / MIB) },
  { figure: 'restore, peak Node memory', unit: 'MiB', value: (r) => Math.round(r.portability.restorePeakNodeBytes / MIB) },
  { figure: 'breachImpact of the largest processor, people affected', unit: 'people', value: (r) => r.breachImpact.peopleAffected },
];

interface MapTarget {
  figure: string;
  unit: string;
  comparison: Comparison;
  target(m: MapResult): number;
  value(m: MapResult): number;
}

/** The map at 2,000 recipients in Chromium (the map issue's targets; the browser's figures, on the embedded engine). */
export const MAP_TARGETS: readonly MapTarget[] = [
  {
    figure: 'map: first drawn after navigation',
    unit: 'ms',
    comparison: 'atMost',
    target: (m) => m.targets.firstDrawMs,
    value: (m) => m.firstDrawMs,
  },
  {
    figure: 'map: frames/s panning the overview',
    unit: 'fps',
    comparison: 'atLeast',
    target: (m) => m.targets.fps,
    value: (m) => m.overviewFps,
  },
  {
    figure: 'map: frames/s with a group of 500 open',
    unit: 'fps',
    comparison: 'atLeast',
    target: (m) => m.targets.fps,
    value: (m) => m.expandedFps,
  },
  {
    figure: 'map: open a group until settled',
    unit: 'ms',
    comparison: 'atMost',
    target: (m) => m.targets.settleMs,
    value: (m) => m.expandMs,
  },
  {
    figure: 'map: close it until settled',
    unit: 'ms',
    comparison: 'atMost',
    target: (m) => m.targets.settleMs,
    value: (m) => m.collapseMs,
  },
];

export function meets(value: number, target: number, comparison: Comparison): boolean {
  switch (comparison) {
    case 'atMost':
      return value <= target;
    case 'atLeast':
      return value >= target;
  }
}

export function targetText(target: number, unit: string, comparison: Comparison): string {
  const sign = comparison === 'atMost' ? '≤' : '≥';
  return `${sign} ${target.toLocaleString('en-US')} ${unit}`;
}

/** One judged figure of bench/results/latest.json's `figures`. */
export interface JudgedFigure {
  figure: string;
  unit: string;
  engine: GraphEngineName | 'browser';
  value: number;
  target: number | null;
  comparison: Comparison | null;
  met: boolean | null;
}

/** Every figure of the run, judged against its target (engine figures for the engines measured; map figures if run). */
export function judge(results: readonly EngineResult[], map: MapResult | null): JudgedFigure[] {
  const figures: JudgedFigure[] = [];
  for (const t of ENGINE_TARGETS)
    for (const r of results) {
      const value = t.value(r);
      const target = t.target[r.engine];
      figures.push({
        figure: t.figure,
        unit: t.unit,
        engine: r.engine,
        value,
        target,
        comparison: t.comparison,
        met: meets(value, target, t.comparison),
      });
    }
  for (const f of ENGINE_FIGURES)
    for (const r of results)
      figures.push({ figure: f.figure, unit: f.unit, engine: r.engine, value: f.value(r), target: null, comparison: null, met: null });
  if (map)
    for (const t of MAP_TARGETS) {
      const value = t.value(map);
      const target = t.target(map);
      figures.push({
        figure: t.figure,
        unit: t.unit,
        engine: 'browser',
        value,
        target,
        comparison: t.comparison,
        met: meets(value, target, t.comparison),
      });
    }
  return figures;
}
