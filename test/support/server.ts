import { join } from 'node:path';
import { startServer, type RunningServer } from '../../server/src/bootstrap';
import type { GraphEngineName } from '../../server/src/graph/graph-store';
import type { SecurityConfig } from '../../server/src/security/security-config';
import type { WebhookConfig } from '../../server/src/webhooks/webhook-config';
import { neo4jSettings, tempDir } from './engines';

export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const TEST_PERSON_ID_SECRET = 'test-person-id-secret-0123456789';

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestServer {
  url: string;
  app: RunningServer['app'];
  adminToken: string;
  dataDir: string;
  engine: GraphEngineName;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on a free loopback port, on the given engine, with its
 * own data directory (Neo4j: the shared test database, wiped by the caller).
 */
export async function startTestServer(
  options: {
    engine?: GraphEngineName;
    seed?: 'example' | 'none';
    dataDir?: string;
    personIdSecret?: string;
    security?: Partial<SecurityConfig>;
    webhooks?: Partial<WebhookConfig>;
  } = {},
): Promise<TestServer> {
  const engine = options.engine ?? 'embedded';
  const dataDir = options.dataDir ?? tempDir('dm-server-');
  const running: RunningServer = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      engine,
      dataDir,
      neo4j: engine === 'neo4j' ? neo4jSettings() : null,
      adminToken: TEST_ADMIN_TOKEN,
      seed: options.seed ?? 'none',
      personIdSecret: options.personIdSecret ?? TEST_PERSON_ID_SECRET,
      production: true,
      webDir: join(__dirname, '..', '..', 'web', 'dist'),
      security: options.security,
      webhooks: options.webhooks,
    },
    { logger: false },
  );
  return {
    url: running.url,
    app: running.app,
    adminToken: TEST_ADMIN_TOKEN,
    dataDir,
    engine,
    async gql<T>(query: string, variables?: Record<string, unknown>, token: string | null = TEST_ADMIN_TOKEN) {
      const res = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as GraphqlResponse<T>;
      return { ...body, status: res.status };
    },
    close: () => running.close(),
  };
}
