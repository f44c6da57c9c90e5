import { createWriteStream, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { openGraphStore } from '../graph/open-graph-store';
import { PortabilityRepository } from '../graph/repositories/portability.repository';
import { writeArchive } from './archive-writer';
import { restoreArchive } from './restore';

export interface PortabilityResult {
  lines: number;
  archiveBytes: number;
  exportSeconds: number;
  exportLinesPerSecond: number;
  exportPeakRssBytes: number;
  /**
   * The export's peak Node memory: V8's heapUsed plus external (which includes the ArrayBuffers and Buffers), sampled
   * every 100 ms. The peak RSS also counts the embedded engine's buffer pool, which lives in the same process.
   */
  exportPeakNodeBytes: number;
  restoreSeconds: number;
  restoreLinesPerSecond: number;
  restorePeakRssBytes: number;
  /** The restore's peak Node memory (as exportPeakNodeBytes). */
  restorePeakNodeBytes: number;
  /** The restored graph exported again has the same content lines (contentSha256) as the first archive. */
  sameContent: boolean;
}

/** Node's own memory: V8's heap in use plus `external` (Buffers and ArrayBuffers are counted in it, not beside it). */
const nodeBytes = () => {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};

/** Runs `work` while sampling the process's resident and Node memory; returns its result, the seconds and the peaks. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakRss: number; peakNode: number }> {
  let peakRss = process.memoryUsage.rss();
  let peakNode = nodeBytes();
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakNode = Math.max(peakNode, nodeBytes());
  };
  const timer = setInterval(sample, 100);
  const started = performance.now();
  try {
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    sample();
    return { result, seconds, peakRss, peakNode };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The benchmark's export and restore: the bench graph exported to `<dir>/bench-<engine>.ndjson.gz` (one file per engine, so two engines can be measured at once), then restored — on the
 * embedded engine into a new data directory next to it, on Neo4j over the same database with --replace (the same
 * content goes back, so the bench graph is unchanged for the next run).
 */
export async function benchPortability(config: AppConfig, dir: string, identifierKey: string): Promise<PortabilityResult> {
  const archive = join(dir, `bench-${config.engine}.ndjson.gz`);
  const repository = new PortabilityRepository();
  const source = await openGraphStore(config);
  const exported = await measured(async () => {
    try {
      return await writeArchive(source, repository, identifierKey, createWriteStream(archive));
    } finally {
      await source.close();
    }
  });
  const lines = exported.result.manifest.contentLines;
  const targetDir = join(dir, `${config.engine}-restore-db`);
  rmSync(targetDir, { recursive: true, force: true });
  const target = await openGraphStore(config.engine === 'embedded' ? { ...config, dataDir: targetDir } : config);
  const outcome = await (async () => {
    try {
      const restored = await measured(() => restoreArchive(target, repository, archive, { replace: true, identifierKey }));
      // Not timed: the round trip's proof, the restored graph exported again.
      const again = await writeArchive(
        target,
        repository,
        identifierKey,
        createWriteStream(join(dir, `bench-again-${config.engine}.ndjson.gz`)),
      );
      return { restored, again: again.manifest.contentSha256 };
    } finally {
      await target.close();
    }
  })();
  const { restored, again } = outcome;
  rmSync(targetDir, { recursive: true, force: true });
  return {
    lines,
    archiveBytes: statSync(archive).size,
    exportSeconds: exported.seconds,
    exportLinesPerSecond: lines / exported.seconds,
    exportPeakRssBytes: exported.peakRss,
    exportPeakNodeBytes: exported.peakNode,
    restoreSeconds: restored.seconds,
    restoreLinesPerSecond: lines / restored.seconds,
    restorePeakRssBytes: restored.peakRss,
    restorePeakNodeBytes: restored.peakNode,
    sameContent: again === exported.result.manifest.contentSha256,
  };
}
