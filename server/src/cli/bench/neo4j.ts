/** The benchmark's Neo4j: the one NEO4J_URI names (left running), or its own from tools/neo4j-local, stopped after. */
import { join } from 'node:path';
import { BENCH_ROOT } from './bench-config';

export interface BenchNeo4j {
  uri: string;
  /** Stops a Neo4j the benchmark started; leaves one it was given alone. */
  stop(): Promise<void>;
}

interface Launcher {
  startNeo4j(o: { port: number; dataDir: string; heap: string; pagecacheMb?: number }): Promise<BenchNeo4j>;
}

/** Heap and page cache of the benchmark's own Neo4j (README "Scale": the figures were measured with these). */
const HEAP = '4g';
const PAGECACHE_MB = 4096;

export async function openBenchNeo4j(base: string, env: NodeJS.ProcessEnv = process.env): Promise<BenchNeo4j> {
  const given = env.NEO4J_URI;
  if (given) return { uri: given, stop: () => Promise.resolve() };
  // The launcher is plain CommonJS beside the Java sources it builds; it is loaded at run time, not compiled in.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const launcher = require(join(BENCH_ROOT, 'tools', 'neo4j-local', 'launcher.cjs')) as Launcher;
  // Its data stays under the synthetic company's directory, so a second run reuses the imported graph.
  return launcher.startNeo4j({ port: 0, dataDir: join(base, 'neo4j-home'), heap: HEAP, pagecacheMb: PAGECACHE_MB });
}
