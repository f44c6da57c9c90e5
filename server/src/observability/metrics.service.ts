import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { AuditService } from '../audit/audit.service';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { OperationLabels } from './operation-label';

/** Seconds: most operations answer in milliseconds; reports and bulk runs take seconds. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The server's Prometheus metrics, in a registry of its own (one per server: the tests start several in one
 * process). GraphQL operations are counted per operation name (bounded: operation-label.ts) by metrics.plugin.ts.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly operations = new OperationLabels();
  private readonly requests: Counter<'operation'>;
  private readonly errors: Counter<'operation' | 'code'>;
  private readonly latency: Histogram<'operation'>;

  constructor(@Inject(GRAPH_STORE) graph: GraphStore, audit: AuditService) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'disclosure_map_graphql_requests_total',
      help: 'GraphQL requests answered, per operation name (anonymous, unknown and other group the rest)',
      labelNames: ['operation'],
      registers,
    });
    this.errors = new Counter({
      name: 'disclosure_map_graphql_errors_total',
      help: 'Errors in GraphQL responses, per operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers,
    });
    this.latency = new Histogram({
      name: 'disclosure_map_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its response, per operation name',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    new Gauge({
      name: 'disclosure_map_graph_engine_info',
      help: 'The graph engine this server runs on (always 1)',
      labelNames: ['engine'],
      registers,
    }).set({ engine: graph.engine }, 1);
    new Gauge({
      name: 'disclosure_map_audit_backlog',
      help: 'Audit entries not yet shipped to the graph (waiting for their fsync, or durable in the local audit journal)',
      registers,
      collect() {
        this.set(audit.backlog);
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'disclosure_map_' });
  }

  /** One answered GraphQL request: its operation label, its duration and the codes of the errors it carried. */
  observe(operation: string, seconds: number, errorCodes: readonly string[]): void {
    this.requests.inc({ operation });
    this.latency.observe({ operation }, seconds);
    for (const code of errorCodes) this.errors.inc({ operation, code });
  }

  /** The Prometheus text exposition of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
