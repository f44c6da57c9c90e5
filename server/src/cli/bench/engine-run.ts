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
import type { BenchScale, EngineResult } from './results';
import { whoReceivedLatency } from './who-received';

export async function measureEngine(
  engine: GraphEngineName,
  base: string,
  files: SynthFiles,
  scale: BenchScale,
  requests: number,
  log: (s: string) => void,
): Promise<EngineResult> {
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
    log('  bulk Shine-the-Light run …');
    const stl = await runStl(config);
    log(`  ${stl.people} people in ${stl.seconds.toFixed(1)} s, peak RSS ${Math.round(stl.peakRssBytes / 1048576)} MiB`);
    log('  breachImpact of the largest processor …');
    const breach = await runBreachImpact(config);
    log(
      `  ${breach.recipientId}: ${breach.peopleAffected} people in ${breach.seconds.toFixed(1)} s, peak RSS ${Math.round(breach.peakRssBytes / 1048576)} MiB`,
    );
    log('  whoReceived latency and throughput …');
    const who = await whoReceivedLatency(config, scale.people, requests, scale.seed);
    log('  propagationPlan latency …');
    const plans = await planLatency(config, BENCH_TOKEN, scale.people, requests, scale.seed);
    log('  export and restore …');
    const portability = await benchPortability(config, base, BENCH_SECRET);
    log(
      `  ${portability.lines} lines: export ${Math.round(portability.exportLinesPerSecond)} lines/s, ` +
        `restore ${Math.round(portability.restoreLinesPerSecond)} lines/s, ` +
        (portability.sameContent ? 'exported again: the same content' : 'EXPORTED AGAIN: DIFFERENT CONTENT'),
    );
    return {
      engine,
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
