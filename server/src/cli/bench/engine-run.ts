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
import { BENCH_STEPS, stepRecord, type BenchScale, type BenchStep, type EngineResult } from './results';
import { SavedSteps } from './saved-steps';
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
  // Each step's figures are saved as soon as they are measured: a run that fails at a later step (a million people's
  // export on Neo4j) keeps the others, and `--only` can take them from there when no whole earlier run has them.
  const saved = new SavedSteps(join(base, `${engine}.steps.json`));
  const now = new Date().toISOString();
  const measures = (step: BenchStep) => only === null || only.has(step);
  const kept = <K extends BenchStep>(key: K): { at: string; value: EngineResult[K] } | null =>
    earlier ? { at: earlier.measuredAt[key], value: earlier[key] } : saved.get(key);
  const missing = BENCH_STEPS.filter((key) => !measures(key) && kept(key) === null);
  if (missing.length) throw new Error(`--only: no earlier figures on ${engine} at this scale for ${missing.join(', ')}: measure them too`);
  const measuredAt = stepRecord((key) => (measures(key) ? now : (kept(key)?.at ?? now)));
  /** The step's figures: measured now (and saved), or kept from earlier. */
  async function step<K extends BenchStep>(key: K, label: string, measure: () => Promise<EngineResult[K]>): Promise<EngineResult[K]> {
    const old = measures(key) ? null : kept(key);
    if (old) {
      log(`  ${label}: kept from ${old.at}`);
      return old.value;
    }
    log(`  ${label} …`);
    const value = await measure();
    saved.put(key, now, value);
    return value;
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
    log(
      `  whoReceived GraphQL c1 p95 ${who.graphql.c1.p95} ms (raw ${who.raw.c1.p95}), overhead p50 +${who.overhead.c1Ms} ms, ${who.throughput.perSecond} req/s with 8 clients`,
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
      measuredAt,
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
