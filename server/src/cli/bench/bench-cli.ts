/**
 * `npm run bench [-- --quick | --people N --transfers N] [--seed 42] [--engines embedded,neo4j] [--only steps] [--no-map]`
 *
 * Builds (or reuses, under bench/data/) the synthetic company, then on each engine: ingest, the bulk Shine-the-Light
 * run and breachImpact of the largest processor (child processes: seconds and peak memory), `whoReceived` through
 * GraphQL and raw (latency, overhead, throughput with 8 clients), `propagationPlan`, export and restore; then the map
 * in Chromium. Writes bench/results/latest.json and prints every figure and issue 15's targets, each met or missed.
 * bench/README.md says what each figure is and how it is measured. A partial run (`--only`, fewer `--engines`,
 * `--no-map`) keeps the last run's other figures at the same scale, each with the time it was measured (carry-over.ts).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { GraphEngineName } from '../../graph/graph-store';
import { cliCommand, listOf, wholeNumber } from '../cli-args';
import { writeSynthCompany } from '../synth';
import { BENCH_ROOT } from './bench-config';
import type { SynthFiles } from './ingest';
import { runMapBench } from './map';
import { detailTable, targetsTable, writeReport, type MapOutcome } from './report';
import { previousMap, previousRun } from './carry-over';
import { BENCH_STEPS, type BenchScale, type BenchStep, type EngineResult } from './results';

const ENGINES = ['embedded', 'neo4j'] as const satisfies readonly GraphEngineName[];

interface BenchOptions {
  quick?: boolean;
  people?: number;
  transfers?: number;
  seed: number;
  requests?: number;
  engines: GraphEngineName[];
  only?: BenchStep[];
  dir: string;
  map: boolean;
}

const program = cliCommand('npm run bench --', 'The benchmark: every figure of issue 15 on each engine, and the map.')
  .option('--quick', '100,000 people and 1,000,000 transfer-person rows (the default is 1,000,000 and 10,000,000)')
  .option('--people <n>', 'customers in the synthetic company', wholeNumber)
  .option('--transfers <n>', 'transfer-person rows (default 10 × people)', wholeNumber)
  .option('--seed <n>', "the synthetic company's random seed", wholeNumber, 42)
  .option('--requests <n>', 'latency samples per measurement (default 500 with --quick, else 2,000)', wholeNumber)
  .option('--engines <list>', 'the engines to measure, comma-separated', listOf(ENGINES), [...ENGINES])
  .option(
    '--only <steps>',
    `re-measure only these steps (${BENCH_STEPS.join(', ')}); keep the others from the last run, or as saved by a run that failed later`,
    listOf(BENCH_STEPS),
  )
  .option('--dir <dir>', 'where the synthetic company and the imported graphs are kept', join(BENCH_ROOT, 'bench', 'data'))
  .option('--map', 'also measure the map in Chromium (bench/map-bench.mjs)', true)
  .option('--no-map', 'skip the map')
  .addHelpText(
    'after',
    '\nNeo4j: the one NEO4J_URI names, else one started from tools/neo4j-local (heap and page cache 4 GiB).\n' +
      'A second run reuses the synthetic company and the imported graphs (delete <dir>/synth-…/<engine>.imported.json to measure ingest again).',
  );

async function main(): Promise<void> {
  const options = program.parse().opts<BenchOptions>();
  const quick = options.quick === true;
  const people = options.people ?? (quick ? 100_000 : 1_000_000);
  const scale: BenchScale = { people, transferPersonRows: options.transfers ?? people * 10, seed: options.seed, quick };
  const requests = options.requests ?? (quick ? 500 : 2000);
  const base = resolve(options.dir, `synth-${people}-${scale.transferPersonRows}-${scale.seed}`);
  const log = (s: string) => console.log(s);
  const files = await synthCompany(base, scale, log);

  // The server's modules are loaded once the command line is known good: `--help` answers at once.
  const { measureEngine } = await import('./engine-run.js');
  const outDir = join(BENCH_ROOT, 'bench', 'results');
  const previous = previousRun(outDir, scale);
  const only = options.only ? new Set(options.only) : null;
  // The engines this run leaves out keep their last figures at this scale.
  const kept = (previous?.results ?? []).filter((r) => !options.engines.includes(r.engine));
  const results: EngineResult[] = [...kept];
  for (const engine of options.engines) {
    log(`\n== ${engine} ==`);
    results.push(await measureEngine(engine, base, files, scale, requests, log, only, previous));
    writeReport(outDir, scale, results, null);
  }
  results.sort((a, b) => ENGINES.indexOf(a.engine) - ENGINES.indexOf(b.engine));
  log('\n' + detailTable(results, scale));
  let map: MapOutcome;
  if (options.map) {
    const result = await runMapBench(log);
    map = result ? { state: 'measured', result } : { state: 'failed' };
  } else {
    const last = previousMap(outDir);
    map = last ? { state: 'kept', ...last } : { state: 'skipped' };
  }
  const file = writeReport(outDir, scale, results, map);
  log('\n' + targetsTable(results, scale, map));
  // The figures are wall-clock times: on a machine shared with other work they are noisy, so the run says how busy it was.
  log(`\n1-minute load average at the end: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores. Wrote ${file}`);
}

/** The synthetic company of this scale and seed, written once and reused by later runs. */
async function synthCompany(base: string, scale: BenchScale, log: (s: string) => void): Promise<SynthFiles> {
  const done = join(base, 'synth.done');
  if (!existsSync(done)) {
    log(`Writing the synthetic company to ${base} …`);
    await writeSynthCompany(base, { people: scale.people, transfers: scale.transferPersonRows, seed: scale.seed });
    writeFileSync(done, new Date().toISOString());
  } else log(`Reusing the synthetic company in ${base}`);
  return { inventory: join(base, 'inventory.json'), people: join(base, 'people.ndjson'), transfers: join(base, 'transfers.ndjson') };
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
