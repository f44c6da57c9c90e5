import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { previousRun } from './carry-over';
import type { BenchScale } from './results';
import { result } from './engine-result.fixture';

const scale: BenchScale = { people: 1000, transferPersonRows: 10_000, seed: 42, quick: false };
const figures = {
  p95: 1,
  overheadMs: 1,
  perSecond: 1,
  ingest: 1,
  stl: 1,
  plan: 1,
  breach: 1,
  exportRate: 1,
  restoreRate: 1,
  exportNodeMiB: 1,
};

describe('previousRun: what a partial bench run keeps', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dm-bench-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (report: object) => writeFileSync(join(dir, 'latest.json'), JSON.stringify(report));

  it('keeps the results of a run at the same scale and seed, each step with the time it was measured', () => {
    const neo4j = {
      ...result('neo4j', figures),
      measuredAt: { ...result('neo4j', figures).measuredAt, breachImpact: '2026-02-02T00:00:00.000Z' },
    };
    write({ at: '2026-03-03T00:00:00.000Z', scale, results: [neo4j] });
    const kept = previousRun(dir, scale);
    expect(kept?.results.map((r) => [r.engine, r.measuredAt.breachImpact, r.measuredAt.portability])).toEqual([
      ['neo4j', '2026-02-02T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
    ]);
  });

  it('dates every step of a run written before the per-step times with the run itself', () => {
    const older: Partial<ReturnType<typeof result>> = result('embedded', figures);
    delete older.measuredAt;
    write({ at: '2026-03-03T00:00:00.000Z', scale, results: [older] });
    expect(previousRun(dir, scale)?.results[0].measuredAt.whoReceived).toBe('2026-03-03T00:00:00.000Z');
  });

  it('keeps nothing from another scale or seed, or when there is no earlier run', () => {
    expect(previousRun(dir, scale)).toBeNull();
    write({ at: '2026-03-03T00:00:00.000Z', scale: { ...scale, people: 2000 }, results: [result('embedded', figures)] });
    expect(previousRun(dir, scale)).toBeNull();
    write({ at: '2026-03-03T00:00:00.000Z', scale: { ...scale, seed: 7 }, results: [result('embedded', figures)] });
    expect(previousRun(dir, scale)).toBeNull();
  });
});
