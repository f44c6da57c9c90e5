/** What the benchmark measures on one engine: the shape of each entry of bench/results/latest.json's `results`. */
import type { GraphEngineName } from '../../graph/graph-store';
import type { PortabilityResult } from '../../portability/portability-bench';
import type { IngestResult } from './ingest';
import type { PlanResult } from './plans';
import type { BreachBenchResult, StlBenchResult } from './reports';
import type { WhoReceivedResult } from './who-received';

export interface EngineResult {
  engine: GraphEngineName;
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
