// Why so long: measuring, the Neo4j lifecycle and the report still share this file; issue 16 item 7 splits them.
/**
 * `npm run bench [-- --quick | --people N --transfers N] [--seed 42] [--engines embedded,neo4j]`
 *
 * Builds (or reuses, under bench/data/) the synthetic company on each engine,
 * then measures: ingest rate, `whoReceived` latency through GraphQL over HTTP
 * and through the service in-process (the raw lookup) at concurrency 1 and 4,
 * `propagationPlan` latency for one CCPA deletion request (GraphQL and raw, c1), the bulk Shine-the-Light run (a child
 * process: its seconds and peak memory), breachImpact of the largest processor (a child process too), and export and
 * restore of the whole graph. Prints a table and writes bench/results/latest.json. Then the map in Chromium
 * (bench/map-bench.mjs, `npm run bench:map`) unless `--no-map`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { runBreachImpact, type BreachBenchResult } from './bench-breach';
import { startServer } from './bootstrap';
import { BulkImportService, type ImportSummary } from './bulk/bulk-import.service';
import { externalIdOf, prng, writeSynthCompany } from './bulk/synth';
import { intOption, parseArgs } from './cli-args';
import { loadConfig, type AppConfig } from './config/app-config';
import type { GraphEngineName } from './graph/graph-store';
import { LineageService } from './lineage/lineage.service';
import type { SeedDocument } from './seed/seed-document';
import { SeedService } from './seed/seed.service';
import { INVENTORY_SECTIONS } from './inventory-file/inventory-plan';
import { benchPortability, type PortabilityResult } from './portability/portability-bench';
import { measure, percentiles, type Percentiles } from './bench-measure';
import { planLatency } from './bench-plans';

const ROOT = resolve(__dirname, '..', '..');
const BENCH_TOKEN = 'bench-admin-token-0123456789abcdef';
const BENCH_SECRET = 'bench-person-id-secret-0123456789';
const STL_BUFFER_POOL_MB = 1024;
const STL_YEAR = 2025;

interface EngineResult {
  engine: GraphEngineName;
  reusedData: boolean;
  ingest: {
    inventorySeconds: number;
    people: ImportSummary;
    transfers: ImportSummary;
    transferPeopleRowsPerSecond: number;
    peopleFileRowsPerSecond: number;
  };
  whoReceived: {
    graphql: { c1: Percentiles; c4: Percentiles };
    raw: { c1: Percentiles; c4: Percentiles };
    /** GraphQL p50 / raw p50 (the API's overhead as a ratio), and the difference in ms. */
    overhead: { c1Ratio: number; c4Ratio: number; c1Ms: number; c4Ms: number };
    recipientsPerAnswer: number;
  };
  bulkShineTheLight: { seconds: number; people: number; peakRssBytes: number; year: number };
  /** npm run export / restore of the whole bench graph (portability/portability-bench.ts). */
  portability: PortabilityResult;
  /** PRODUCT.md §7: one CCPA_DELETE request's plan, recomputed from whoReceived at every read. */
  propagationPlan: { graphql: { c1: Percentiles }; raw: { c1: Percentiles }; rowsPerPlan: number };
  breachImpact: BreachBenchResult;
}

function configFor(engine: GraphEngineName, dataDir: string, neo4jUri: string | null): AppConfig {
  return loadConfig({
    ...process.env,
    PORT: '0',
    GRAPH_ENGINE: engine,
    DATA_DIR: dataDir,
    ...(neo4jUri ? { NEO4J_URI: neo4jUri } : {}),
    ADMIN_TOKEN: BENCH_TOKEN,
    PERSON_ID_SECRET: BENCH_SECRET,
    SEED: 'none',
    NODE_ENV: 'production',
    RATE_LIMIT_PER_MINUTE: '0',
  });
}

function childEnv(config: AppConfig): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GRAPH_ENGINE: config.engine,
    DATA_DIR: config.dataDir,
    ...(config.neo4j ? { NEO4J_URI: config.neo4j.uri } : {}),
    PERSON_ID_SECRET: BENCH_SECRET,
    SEED: 'none',
    NODE_ENV: 'production',
  };
}

async function ingest(config: AppConfig, files: { inventory: string; people: string; transfers: string }, log: (s: string) => void) {
  const app = await NestFactory.createApplicationContext(AppModule.forConfig(config), { logger: ['warn', 'error'] });
  try {
    const t0 = Date.now();
    const seeds = app.get(SeedService);
    const inventoryDone = join(config.dataDir, '..', `${config.engine}.inventory.json`);
    let inventorySeconds: number;
    if (existsSync(inventoryDone)) inventorySeconds = (JSON.parse(readFileSync(inventoryDone, 'utf8')) as { seconds: number }).seconds;
    else {
      for (const part of inventoryParts(seeds.readDocument(files.inventory))) await seeds.load(part);
      inventorySeconds = (Date.now() - t0) / 1000;
      writeFileSync(inventoryDone, JSON.stringify({ seconds: inventorySeconds }));
    }
    log(`  inventory loaded in ${inventorySeconds.toFixed(1)} s`);
    const imports = app.get(BulkImportService);
    const people = await imports.importFile(files.people, { progress: true, rejectsFile: null });
    log(`  people: ${people.rowsWritten} rows in ${people.seconds.toFixed(1)} s (${Math.round(people.rowsPerSecond)} rows/s)`);
    const transfers = await imports.importFile(files.transfers, { progress: true, rejectsFile: null });
    log(
      `  transfers: ${transfers.transferPeopleCreated} transfer-person rows in ${transfers.seconds.toFixed(1)} s ` +
        `(${Math.round(transfers.transferPeoplePerSecond)} rows/s)`,
    );
    if (people.rejected || transfers.rejected) throw new Error(`synthetic data rejected: ${people.rejected + transfers.rejected} line(s)`);
    return {
      inventorySeconds,
      people,
      transfers,
      transferPeopleRowsPerSecond: transfers.transferPeoplePerSecond,
      peopleFileRowsPerSecond: people.rowsPerSecond,
    };
  } finally {
    await app.close();
  }
}

/** The inventory in units of work of at most 250 items (one huge transaction can exceed a server's transaction timeout). */
function inventoryParts(doc: SeedDocument): SeedDocument[] {
  const parts: SeedDocument[] = [];
  for (const key of INVENTORY_SECTIONS) {
    const items = (doc[key] ?? []) as unknown[];
    for (let i = 0; i < items.length; i += 250) parts.push({ version: 1, [key]: items.slice(i, i + 250) });
  }
  return parts;
}

function runStl(config: AppConfig): Promise<EngineResult['bulkShineTheLight']> {
  const out = join(config.dataDir, '..', `stl-${config.engine}.csv`);
  return new Promise((resolvePromise, reject) => {
    // As `npm run report:stl` runs it: V8's old space capped, so garbage is collected before the heap grows past 1 GiB.
    const args = ['--max-old-space-size=1024', join(__dirname, 'report-stl-cli.js'), '--year', String(STL_YEAR), '--out', out];
    const child = spawn(process.execPath, args, {
      // The target is the whole process under 1.5 GiB: the embedded engine's page cache is capped to 1 GiB for it.
      env: { ...childEnv(config), EMBEDDED_BUFFER_POOL_MB: String(STL_BUFFER_POOL_MB) },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`report:stl exited with ${code}: ${stderr.slice(-2000)}`));
      const summary = JSON.parse(stderr.trim().split('\n').pop() ?? '{}') as { seconds: number; people: number; peakRssBytes: number };
      rmSync(out, { force: true });
      resolvePromise({ seconds: summary.seconds, people: summary.people, peakRssBytes: summary.peakRssBytes, year: STL_YEAR });
    });
  });
}

const WHO_RECEIVED = `query($p: PersonRef!) { whoReceived(person: $p) {
  person { id display }
  recipients { recipient { id name class } categories { id name } purposes { id name } uses evidence firstOn lastOn optOutViolations { id occurredOn } }
} }`;

async function latency(config: AppConfig, people: number, requests: number, seed: number): Promise<EngineResult['whoReceived']> {
  const server = await startServer(config, { logger: false });
  try {
    const lineage = server.app.get(LineageService);
    const rnd = prng(seed + 7);
    const sample = Array.from({ length: requests }, () => externalIdOf(Math.floor(rnd() * people)));
    let recipients = 0;
    const graphql = async (i: number) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_TOKEN}` },
        body: JSON.stringify({ query: WHO_RECEIVED, variables: { p: { externalId: sample[i] } } }),
      });
      const body = (await res.json()) as { data?: { whoReceived: { recipients: unknown[] } }; errors?: { message: string }[] };
      if (!body.data) throw new Error(`whoReceived failed: ${JSON.stringify(body.errors)}`);
      recipients += body.data.whoReceived.recipients.length;
    };
    const raw = async (i: number) => {
      await lineage.whoReceived({ externalId: sample[i] }, null, null);
    };
    // Warm both paths (prepared statements, caches, JIT) before measuring.
    await measure(Math.min(100, requests), 2, graphql);
    await measure(Math.min(100, requests), 2, raw);
    recipients = 0;
    const g1 = percentiles(await measure(requests, 1, graphql));
    const perAnswer = recipients / requests;
    const r1 = percentiles(await measure(requests, 1, raw));
    const g4 = percentiles(await measure(requests, 4, graphql));
    const r4 = percentiles(await measure(requests, 4, raw));
    const round = (x: number) => Math.round(x * 100) / 100;
    return {
      graphql: { c1: g1, c4: g4 },
      raw: { c1: r1, c4: r4 },
      overhead: {
        c1Ratio: round(g1.p50 / r1.p50),
        c4Ratio: round(g4.p50 / r4.p50),
        c1Ms: round(g1.p50 - r1.p50),
        c4Ms: round(g4.p50 - r4.p50),
      },
      recipientsPerAnswer: round(perAnswer),
    };
  } finally {
    await server.close();
  }
}

function table(results: EngineResult[], scale: { people: number; transfers: number }): string {
  const mb = (b: number) => `${Math.round(b / 1048576)} MiB`;
  const lines = [
    `Scale: ${scale.people.toLocaleString('en-US')} people, ${scale.transfers.toLocaleString('en-US')} transfer-person rows`,
    '',
    '| engine | ingest transfer-person rows/s | ingest people-file rows/s | whoReceived p50/p95/p99 ms GraphQL c1 | raw c1 | GraphQL c4 | raw c4 | overhead c1 (ratio, ms) | propagationPlan p50/p95/p99 ms GraphQL c1 | raw c1 | bulk STL s | bulk STL peak RSS | breachImpact largest processor s (people) | its peak RSS | export lines/s (peak RSS) | restore lines/s (peak RSS) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const p = (x: Percentiles) => `${x.p50} / ${x.p95} / ${x.p99}`;
  for (const r of results) {
    lines.push(
      `| ${r.engine} | ${Math.round(r.ingest.transferPeopleRowsPerSecond).toLocaleString('en-US')} | ${Math.round(r.ingest.peopleFileRowsPerSecond).toLocaleString('en-US')} | ` +
        `${p(r.whoReceived.graphql.c1)} | ${p(r.whoReceived.raw.c1)} | ${p(r.whoReceived.graphql.c4)} | ${p(r.whoReceived.raw.c4)} | ` +
        `${r.whoReceived.overhead.c1Ratio}× (+${r.whoReceived.overhead.c1Ms} ms) | ` +
        `${p(r.propagationPlan.graphql.c1)} | ${p(r.propagationPlan.raw.c1)} | ${r.bulkShineTheLight.seconds.toFixed(1)} | ${mb(r.bulkShineTheLight.peakRssBytes)} | ` +
        `${r.breachImpact.seconds.toFixed(1)} (${r.breachImpact.peopleAffected.toLocaleString('en-US')}) | ${mb(r.breachImpact.peakRssBytes)} | ` +
        `${Math.round(r.portability.exportLinesPerSecond).toLocaleString('en-US')} (${mb(r.portability.exportPeakRssBytes)}) | ` +
        `${Math.round(r.portability.restoreLinesPerSecond).toLocaleString('en-US')} (${mb(r.portability.restorePeakRssBytes)}) |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2));
  const quick = options.has('quick');
  const people = intOption(options, 'people', quick ? 100_000 : 1_000_000);
  const transfers = intOption(options, 'transfers', people * 10);
  const seed = intOption(options, 'seed', 42);
  const requests = intOption(options, 'requests', quick ? 500 : 2000);
  const engines = (options.get('engines') ?? 'embedded,neo4j').split(',') as GraphEngineName[];
  const base = resolve(options.get('dir') ?? join(ROOT, 'bench', 'data'), `synth-${people}-${transfers}-${seed}`);
  const log = (s: string) => console.log(s);
  const synthDone = join(base, 'synth.done');
  const files = { inventory: join(base, 'inventory.json'), people: join(base, 'people.ndjson'), transfers: join(base, 'transfers.ndjson') };
  if (!existsSync(synthDone)) {
    log(`Writing the synthetic company to ${base} …`);
    await writeSynthCompany(base, { people, transfers, seed });
    writeFileSync(synthDone, new Date().toISOString());
  } else log(`Reusing the synthetic company in ${base}`);

  const results: EngineResult[] = [];
  const outDir = join(ROOT, 'bench', 'results');
  /** Written after each engine, so a later failure keeps what was measured. */
  const writeReport = (done: EngineResult[]) => {
    const report = {
      at: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version },
      scale: { people, transferPersonRows: transfers, seed, quick },
      results: done,
    };
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'latest.json'), JSON.stringify(report, null, 2));
  };
  for (const engine of engines) {
    log(`\n== ${engine} ==`);
    const dataDir = join(base, `${engine}-db`);
    let neo: { uri: string; stop(): Promise<void> } | null = null;
    try {
      if (engine === 'neo4j') {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const launcher = require(join(ROOT, 'tools', 'neo4j-local', 'launcher.cjs')) as {
          startNeo4j(o: {
            port: number;
            dataDir: string;
            heap: string;
            pagecacheMb?: number;
          }): Promise<{ uri: string; stop(): Promise<void> }>;
        };
        neo = process.env.NEO4J_URI
          ? { uri: process.env.NEO4J_URI, stop: () => Promise.resolve() }
          : await launcher.startNeo4j({ port: 0, dataDir: join(base, 'neo4j-home'), heap: '4g', pagecacheMb: 4096 });
        log(`  Neo4j at ${neo.uri}`);
      }
      const config = configFor(engine, dataDir, neo?.uri ?? null);
      const marker = join(base, `${engine}.imported.json`);
      let ingestResult: EngineResult['ingest'];
      const reusedData = existsSync(marker) && (engine === 'neo4j' || existsSync(dataDir));
      if (reusedData) {
        ingestResult = JSON.parse(readFileSync(marker, 'utf8')) as EngineResult['ingest'];
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
      const breach = await runBreachImpact(childEnv(config), STL_BUFFER_POOL_MB);
      log(
        `  ${breach.recipientId}: ${breach.peopleAffected} people in ${breach.seconds.toFixed(1)} s, peak RSS ${Math.round(breach.peakRssBytes / 1048576)} MiB`,
      );
      log('  whoReceived latency …');
      const who = await latency(config, people, requests, seed);
      log('  propagationPlan latency …');
      const plans = await planLatency(config, BENCH_TOKEN, people, requests, seed);
      log('  export and restore …');
      const portability = await benchPortability(config, base, BENCH_SECRET);
      log(
        `  ${portability.lines} lines: export ${Math.round(portability.exportLinesPerSecond)} lines/s, ` +
          `restore ${Math.round(portability.restoreLinesPerSecond)} lines/s, ` +
          (portability.sameContent ? 'exported again: the same content' : 'EXPORTED AGAIN: DIFFERENT CONTENT'),
      );
      results.push({
        engine,
        reusedData,
        ingest: ingestResult,
        whoReceived: who,
        bulkShineTheLight: stl,
        propagationPlan: plans,
        portability,
        breachImpact: breach,
      });
      writeReport(results);
    } finally {
      await neo?.stop();
    }
  }
  log('\n' + table(results, { people, transfers }));
  log(`\nWrote ${join(outDir, 'latest.json')}`);
  if (!options.has('no-map')) await mapBench(log);
}

/** The map section: bench/map-bench.mjs in its own process (it builds the web app's bundle first if missing). */
async function mapBench(log: (s: string) => void): Promise<void> {
  log('\n== the map in Chromium (bench/map-bench.mjs) ==');
  if (!existsSync(join(ROOT, 'web', 'dist', 'index.html')))
    await exitCode(spawn('npm', ['run', 'build', '-w', 'web'], { cwd: ROOT, stdio: 'inherit' }));
  const code = await exitCode(spawn(process.execPath, [join(ROOT, 'bench', 'map-bench.mjs')], { cwd: ROOT, stdio: 'inherit' }));
  if (code !== 0) log(`  the map bench failed (exit ${code}); the figures above stand`);
}

function exitCode(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((done) => child.once('exit', (code) => done(code ?? 1)));
}

main().catch((error: unknown) => {
  console.error('bench failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
