#!/usr/bin/env node
/**
 * Runs the test tiers in order (unit, contract, api, e2e, reliability) and
 * prints one closing line "N passed, N failed, N skipped".
 *
 * Neo4j: when NEO4J_URI is unset, a local Neo4j (tools/neo4j-local) is started
 * for the run and stopped after it. If it cannot start, the Neo4j half of the
 * suites is skipped — unless REQUIRE_NEO4J=1, which makes that a failure.
 * Browser tests run when /usr/bin/chromium exists; REQUIRE_BROWSER=1 makes a
 * missing browser a failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ALL_TIERS = ['unit', 'contract', 'api', 'e2e', 'reliability'];
const tiers = process.argv.slice(2).length ? process.argv.slice(2) : ALL_TIERS;
const needsNeo4j = tiers.some((t) => t !== 'unit');
const requireNeo4j = process.env.REQUIRE_NEO4J === '1';
const requireBrowser = process.env.REQUIRE_BROWSER === '1';

let neo4j = null;
const env = { ...process.env, TZ: 'UTC', NODE_ENV: 'test' };
if (needsNeo4j && !env.NEO4J_URI) {
  try {
    const { startNeo4j } = require(join(root, 'tools/neo4j-local/launcher.cjs'));
    console.log('Starting a local Neo4j for the contract and API suites…');
    neo4j = await startNeo4j({ port: 0, log: (line) => process.env.DEBUG_NEO4J && console.log(`[neo4j] ${line}`) });
    env.NEO4J_URI = neo4j.uri;
    console.log(`Local Neo4j ready at ${neo4j.uri}`);
  } catch (error) {
    const message = `Local Neo4j could not start: ${error instanceof Error ? error.message : error}`;
    if (requireNeo4j) {
      console.error(`REQUIRE_NEO4J=1: ${message}`);
      process.exit(1);
    }
    console.warn(`${message}\nThe [neo4j] half of the suites is skipped (set REQUIRE_NEO4J=1 to make this a failure).`);
  }
}

const chromium = existsSync('/usr/bin/chromium');
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedTiers = [];
const resultsDir = mkdtempSync(join(tmpdir(), 'dm-jest-'));
try {
  for (const tier of tiers) {
    if (tier === 'e2e' && !chromium) {
      if (requireBrowser) {
        console.error('REQUIRE_BROWSER=1 but /usr/bin/chromium is missing (apt-get install -y chromium)');
        failedTiers.push(tier);
        totals.failed += 1;
      } else console.warn('Skipping e2e: /usr/bin/chromium is missing (apt-get install -y chromium).');
      continue;
    }
    console.log(`\n=== ${tier} ===`);
    const outputFile = join(resultsDir, `${tier}.json`);
    const args = ['jest', '--selectProjects', tier, '--passWithNoTests', '--json', `--outputFile=${outputFile}`];
    if (tier !== 'unit') args.push('--runInBand', '--forceExit');
    const run = spawnSync('npx', args, { cwd: root, env, stdio: 'inherit' });
    if (existsSync(outputFile)) {
      const result = JSON.parse(readFileSync(outputFile, 'utf8'));
      totals.passed += result.numPassedTests;
      totals.failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
      totals.skipped += result.numPendingTests + result.numTodoTests;
    }
    if (run.status !== 0) failedTiers.push(tier);
  }
} finally {
  rmSync(resultsDir, { recursive: true, force: true });
  if (neo4j) await neo4j.stop();
}

console.log(`\nTiers: ${tiers.join(', ')}${failedTiers.length ? ` — failed: ${failedTiers.join(', ')}` : ''}`);
console.log(`Engines: embedded${env.NEO4J_URI ? ', neo4j' : ''}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedTiers.length || totals.failed ? 1 : 0);
