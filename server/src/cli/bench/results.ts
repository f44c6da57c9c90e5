/** What the benchmark measures on one engine: the shape of each entry of bench/results/latest.json's `results`. */
import type { GraphEngineName } from '../../graph/graph-store';
import type { PortabilityResult } from '../../portability/portability-bench';
import type { IngestResult } from './ingest';
import type { PlanResult } from './plans';
import type { BreachBenchResult, StlBenchResult } from './reports';
import type { WhoReceivedResult } from './who-received';

/** The figures measured one after another on an engine; `--only` re-measures some and keeps the others. */
export const BENCH_STEPS = ['bulkShineTheLight', 'breachImpact', 'whoReceived', 'propagationPlan', 'portability'] as const;
export type BenchStep = (typeof BENCH_STEPS)[number];

/** One value per step. */
export const stepRecord = <T>(value: (step: BenchStep) => T): Record<BenchStep, T> => ({
  bulkShineTheLight: value('bulkShineTheLight'),
  breachImpact: value('breachImpact'),
  whoReceived: value('whoReceived'),
  propagationPlan: value('propagationPlan'),
  portability: value('portability'),
});

export interface EngineResult {
  engine: GraphEngineName;
  /** When each step's figures were measured (a partial run keeps an earlier run's figures, with their time). */
  measuredAt: Record<BenchStep, string>;
  /** The graph was imported by an earlier run: the ingest figures are that run's. */
  reusedData: boolean;
  ingest: IngestResult;
  whoReceived: WhoReceivedResult;
  bulkShineTheLight: StlBenchResult;
  /** npm run export / restore of the whole bench graph (portability/portability-bench.ts). */
  portability: PortabilityResult;
  /** PRODUCT.md §7: one CCPA_DELETE request's plan, recomputed from whoReceived at every read. */
  propagationPlan: PlanResult;
  breachImpact: BreachBenchResult;
}

export interface BenchScale {
  people: number;
  transferPersonRows: number;
  seed: number;
  quick: boolean;
}
