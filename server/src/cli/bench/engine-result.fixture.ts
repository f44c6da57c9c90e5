/** An engine's results for the bench's unit specs, each targeted figure as the case says. */
import { stepRecord, type EngineResult } from './results';

const percentiles = (p95: number) => ({ p50: p95 / 2, p95, p99: p95, mean: p95 / 2, requests: 10 });

/** One engine's results with each targeted figure set as the case says (the rest are only there for the type). */
export function result(
  engine: EngineResult['engine'],
  f: {
    p95: number;
    overheadMs: number;
    perSecond: number;
    ingest: number;
    stl: number;
    plan: number;
    breach: number;
    exportRate: number;
    restoreRate: number;
    exportNodeMiB: number;
  },
): EngineResult {
  const summary = {
    rowsWritten: 0,
    rejected: 0,
    seconds: 1,
    rowsPerSecond: 1,
    transferPeopleCreated: 0,
    transferPeoplePerSecond: f.ingest,
  };
  return {
    engine,
    measuredAt: stepRecord(() => '2026-01-01T00:00:00.000Z'),
    reusedData: false,
    ingest: {
      inventorySeconds: 1,
      people: summary as EngineResult['ingest']['people'],
      transfers: summary as EngineResult['ingest']['transfers'],
      transferPeopleRowsPerSecond: f.ingest,
      peopleFileRowsPerSecond: 1,
    },
    whoReceived: {
      graphql: { c1: percentiles(f.p95), c4: percentiles(f.p95) },
      raw: { c1: percentiles(1), c4: percentiles(1) },
      overhead: { c1Ratio: 1, c4Ratio: 1, c1Ms: f.overheadMs, c4Ms: f.overheadMs },
      throughput: { clients: 8, requests: 10, seconds: 1, perSecond: f.perSecond, latency: percentiles(1) },
      recipientsPerAnswer: 1,
    },
    bulkShineTheLight: { seconds: f.stl, people: 1, peakRssBytes: 1048576, year: 2025 },
    portability: {
      lines: 1,
      archiveBytes: 1,
      exportSeconds: 1,
      exportLinesPerSecond: f.exportRate,
      exportPeakRssBytes: 1,
      exportPeakNodeBytes: f.exportNodeMiB * 1048576,
      restoreSeconds: 1,
      restoreLinesPerSecond: f.restoreRate,
      restorePeakRssBytes: 1,
      restorePeakNodeBytes: 1,
      sameContent: true,
    },
    propagationPlan: { graphql: { c1: percentiles(f.plan) }, raw: { c1: percentiles(1) }, rowsPerPlan: 1 },
    breachImpact: { recipientId: 'r', peopleAffected: 1, californiaNotices: 0, seconds: f.breach, peakRssBytes: 1 },
  };
}
