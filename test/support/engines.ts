import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphEngineName, GraphStore } from '../../server/src/graph/graph-store';
import { openGraphStore } from '../../server/src/graph/open-graph-store';

/**
 * The engines a suite runs on. The embedded one always; Neo4j when NEO4J_URI
 * is set (the test runner starts a local Neo4j and sets it). With
 * REQUIRE_NEO4J=1 a missing Neo4j fails instead of being skipped.
 */
export function enginesUnderTest(): GraphEngineName[] {
  if (process.env.NEO4J_URI) return ['embedded', 'neo4j'];
  if (process.env.REQUIRE_NEO4J === '1') {
    throw new Error('REQUIRE_NEO4J=1 but no Neo4j is reachable (NEO4J_URI unset: the local Neo4j did not start)');
  }
  return ['embedded'];
}

export function neo4jSettings() {
  return {
    uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: process.env.NEO4J_USER || undefined,
    password: process.env.NEO4J_PASSWORD,
    database: process.env.NEO4J_DATABASE || 'neo4j',
  };
}

/** Directories this test file made: removed after its last test, so runs do not leave dm-* directories behind. */
const madeDirs: string[] = [];
// A top-level hook of the test file that imports this module; it runs after the file's own afterAll hooks (servers closed).
if (typeof afterAll === 'function') afterAll(() => madeDirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

export function tempDir(prefix = 'dm-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/** A fresh, empty, migrated graph: its own directory for the embedded engine, a wiped database for Neo4j. */
export async function freshStore(engine: GraphEngineName, dataDir = tempDir()): Promise<GraphStore> {
  const store = await openGraphStore({ engine, dataDir, neo4j: neo4jSettings() });
  if (engine === 'neo4j') {
    await store.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));
    await store.close();
    return openGraphStore({ engine, dataDir, neo4j: neo4jSettings() });
  }
  return store;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
