import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphEngineName } from '../../../server/src/graph/graph-store';
import { neo4jSettings, tempDir } from '../../support/engines';
import { TEST_ADMIN_TOKEN } from '../../support/server';

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'server', 'dist', 'main.js');

export interface GqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

export interface ChildServer {
  process: ChildProcess;
  url: string;
  gql(query: string, variables?: Record<string, unknown>): Promise<GqlAnswer>;
}

/** `node server/dist/main.js` as its own process (so it can be killed with SIGKILL), on a free port. */
export async function spawnChildServer(engine: GraphEngineName, dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      GRAPH_ENGINE: engine,
      DATA_DIR: dataDir,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      PERSON_ID_SECRET: 'test-person-id-secret-0123456789',
      SEED: 'example',
      NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUTE: '0',
      WEB_DIR: tempDir('dm-child-web-'),
      ...(engine === 'neo4j' ? { NEO4J_URI: neo4jSettings().uri } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output.slice(-2000)}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}): ${output.slice(-2000)}`));
    });
  });
  return {
    process: child,
    url,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_ADMIN_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlAnswer;
    },
  };
}

/** Sends the signal and resolves once the process has exited. */
export function stopChildServer(child: ChildServer, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return resolve();
    child.process.once('exit', () => resolve());
    child.process.kill(signal);
  });
}
