import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { NODE_LABELS, type NodeLabel } from '@disclosure-map/graph-schema';
import { startServer, type RunningServer } from '../../../server/src/bootstrap';
import { GRAPH_STORE, type GraphEngineName, type GraphStore } from '../../../server/src/graph/graph-store';
import { returnNode } from '../../../server/src/graph/cypher';
import type { SecurityConfig } from '../../../server/src/security/security-config';
import { neo4jSettings, tempDir } from '../../support/engines';
import { TEST_ADMIN_TOKEN } from '../../support/server';

export interface HttpReply {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string; field?: string } }[] } | null;
  text: string;
  ms: number;
}

export interface ReliabilityServer {
  url: string;
  running: RunningServer;
  graph: GraphStore;
  post(body: string, token?: string | null, headers?: Record<string, string>): Promise<HttpReply>;
  gql(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<HttpReply>;
  close(): Promise<void>;
}

/** A real server on a loopback port with the given limits (the defaults elsewhere). */
export async function startReliabilityServer(
  engine: GraphEngineName,
  options: { seed?: 'example' | 'none'; dataDir?: string; security?: Partial<SecurityConfig> } = {},
): Promise<ReliabilityServer> {
  const running = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      engine,
      dataDir: options.dataDir ?? tempDir('dm-rel-'),
      neo4j: engine === 'neo4j' ? neo4jSettings() : null,
      adminToken: TEST_ADMIN_TOKEN,
      seed: options.seed ?? 'example',
      personIdSecret: 'test-person-id-secret-0123456789',
      production: true,
      webDir: tempDir('dm-rel-web-'),
      security: options.security,
    },
    { logger: false },
  );
  const post = async (body: string, token: string | null = TEST_ADMIN_TOKEN, headers: Record<string, string> = {}): Promise<HttpReply> => {
    const started = performance.now();
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    });
    const text = await res.text();
    let parsed: HttpReply['body'] = null;
    try {
      parsed = JSON.parse(text) as HttpReply['body'];
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed, text, ms: performance.now() - started };
  };
  return {
    url: running.url,
    running,
    graph: running.app.get<typeof GRAPH_STORE, GraphStore>(GRAPH_STORE),
    post,
    gql: (query, variables, token) => post(JSON.stringify({ query, variables }), token),
    close: () => running.close(),
  };
}

/** Labels of the domain (what "data" means): the audit trail, the inventory history and tokens grow by design and are left out. */
export const DOMAIN_LABELS = NODE_LABELS.filter(
  (l): l is NodeLabel => !['AuditEntry', 'ApiToken', 'SchemaMigration', 'InventoryChange'].includes(l),
);

/** A digest of every domain node's properties and the number of relationships: equal digests, unchanged graph. */
export async function graphFingerprint(graph: GraphStore): Promise<{ digest: string; nodes: number; relationships: number }> {
  return graph.read(async (tx) => {
    const hash = createHash('sha256');
    let nodes = 0;
    for (const label of DOMAIN_LABELS) {
      const rows = await tx.run(`MATCH (n:${label}) RETURN ${returnNode(label)} ORDER BY n.id`);
      nodes += rows.length;
      hash.update(label).update(JSON.stringify(rows));
    }
    const [rel] = await tx.run<{ c: number }>('MATCH ()-[r]->() RETURN count(r) AS c');
    hash.update(String(rel.c));
    return { digest: hash.digest('hex'), nodes, relationships: Number(rel.c) };
  });
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface SummaryRow {
  check: string;
  tried: number;
  rejectedCorrectly: number;
  fiveXx: number;
  dataLost: number;
  /** Throughput of a load check, requests answered per second. */
  requestsPerSecond?: number;
  /** 95th-percentile latency of a load check, in milliseconds. */
  p95Ms?: number;
  note?: string;
}

/** Prints the suite's summary table to stdout (not through console, so it reads as a table in CI logs). */
export function printSummary(title: string, rows: SummaryRow[]): void {
  const header = ['check', 'requests tried', 'rejected correctly', '5xx', 'data lost', 'requests/s', 'p95 ms', 'note'];
  const cells = rows.map((r) => [
    r.check,
    String(r.tried),
    String(r.rejectedCorrectly),
    String(r.fiveXx),
    String(r.dataLost),
    r.requestsPerSecond === undefined ? '' : r.requestsPerSecond.toFixed(0),
    r.p95Ms === undefined ? '' : r.p95Ms.toFixed(1),
    r.note ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  const total = rows.reduce(
    (t, r) => ({ tried: t.tried + r.tried, ok: t.ok + r.rejectedCorrectly, five: t.five + r.fiveXx, lost: t.lost + r.dataLost }),
    { tried: 0, ok: 0, five: 0, lost: 0 },
  );
  const out = [
    '',
    `== ${title} ==`,
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.map(line),
    line(['TOTAL', String(total.tried), String(total.ok), String(total.five), String(total.lost), '', '', '']),
    '',
  ];
  // Synchronous: an asynchronous write at the end of a run can be lost to --forceExit.
  writeSync(1, out.join('\n') + '\n');
}
