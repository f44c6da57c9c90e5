/** One engine's part of the benchmark: its graph imported (or reused), then every figure measured on it, in order. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphEngineName } from '../../graph/graph-store';
import { benchPortability } from '../../portability/portability-bench';
import { BENCH_SECRET, BENCH_TOKEN, configFor } from './bench-config';
import { ingest, savedIngest, type IngestResult, type SynthFiles } from './ingest';
import { openBenchNeo4j, type BenchNeo4j } from './neo4j';
import { planLatency } from './plans';
import { runBreachImpact, runStl } from './reports';
import type { PreviousRun } from './carry-over';
import { stepRecord, type BenchScale, type BenchStep, type EngineResult } from './results';
import { whoReceivedLatency } from './who-received';

export async function measureEngine(
  engine: GraphEngineName,
  base: string,
  files: SynthFiles,
  scale: BenchScale,
  requests: number,
  log: (s: string) => void,
  /** The steps to measure (null: all); the others are kept from the previous run at this scale. */
  only: ReadonlySet<BenchStep> | null = null,
  previous: PreviousRun | null = null,
): Promise<EngineResult> {
  const earlier = previous?.results.find((r) => r.engine === engine) ?? null;
  if (only && !earlier) throw new Error(`--only needs an earlier full run on ${engine} at this scale in bench/results/latest.json`);
  const now = new Date().toISOString();
  const measures = (step: BenchStep) => only === null || only.has(step);
  /** The step's figures: measured now, or the earlier run's. */
  async function step<K extends BenchStep>(key: K, label: string, measure: () => Promise<EngineResult[K]>): Promise<EngineResult[K]> {
    if (!measures(key) && earlier) {
      log(`  ${label}: kept from ${earlier.measuredAt[key]}`);
      return earlier[key];
    }
    log(`  ${label} …`);
    return measure();
  }
  const dataDir = join(base, `${engine}-db`);
  let neo: BenchNeo4j | null = null;
  try {
    if (engine === 'neo4j') {
      neo = await openBenchNeo4j(base);
      log(`  Neo4j at ${neo.uri}`);
    }
    const config = configFor(engine, dataDir, neo?.uri ?? null);
    const marker = join(base, `${engine}.imported.json`);
    const saved = existsSync(marker) && (engine === 'neo4j' || existsSync(dataDir)) ? savedIngest(readFileSync(marker, 'utf8')) : null;
    let ingestResult: IngestResult;
    if (saved) {
      ingestResult = saved;
      log('  reusing the imported graph (ingest figures from its first import)');
    } else {
      if (engine === 'embedded') rmSync(dataDir, { recursive: true, force: true });
      ingestResult = await ingest(config, files, log);
      writeFileSync(marker, JSON.stringify(ingestResult));
    }
    const stl = await step('bulkShineTheLight', 'bulk Shine-the-Light run', () => runStl(config));
    log(`  ${stl.people} people in ${stl.seconds.toFixed(1)} s, peak RSS ${Math.round(stl.peakRssBytes / 1048576)} MiB`);
    const breach = await step('breachImpact', 'breachImpact of the largest processor', () => runBreachImpact(config));
    log(
      `  ${breach.recipientId}: ${breach.peopleAffected} people in ${breach.seconds.toFixed(1)} s, peak RSS ${Math.round(breach.peakRssBytes / 1048576)} MiB`,
    );
    const who = await step('whoReceived', 'whoReceived latency and throughput', () =>
      whoReceivedLatency(config, scale.people, requests, scale.seed),
    );
    const plans = await step('propagationPlan', 'propagationPlan latency', () =>
      planLatency(config, BENCH_TOKEN, scale.people, requests, scale.seed),
    );
    const portability = await step('portability', 'export and restore', () => benchPortability(config, base, BENCH_SECRET));
    log(
      `  ${portability.lines} lines: export ${Math.round(portability.exportLinesPerSecond)} lines/s, ` +
        `restore ${Math.round(portability.restoreLinesPerSecond)} lines/s, ` +
        (portability.sameContent ? 'exported again: the same content' : 'EXPORTED AGAIN: DIFFERENT CONTENT'),
    );
    return {
      engine,
      measuredAt: stepRecord((key) => (measures(key) || !earlier ? now : earlier.measuredAt[key])),
      reusedData: saved !== null,
      ingest: ingestResult,
      whoReceived: who,
      bulkShineTheLight: stl,
      propagationPlan: plans,
      portability,
      breachImpact: breach,
    };
  } finally {
    await neo?.stop();
  }
}
