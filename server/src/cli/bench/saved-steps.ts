/**
 * The figures of each bench step on one engine, written as soon as the step is measured (`<dir>/<engine>.steps.json`
 * beside the imported graph): a run that dies at a later step keeps what it measured.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { field } from './answers';
import { BENCH_STEPS, type BenchStep, type EngineResult } from './results';

type Saved = { [K in BenchStep]?: { at: string; value: EngineResult[K] } };

export class SavedSteps {
  private readonly steps: Saved;

  constructor(private readonly file: string) {
    this.steps = existsSync(file) ? parse(readFileSync(file, 'utf8')) : {};
  }

  get<K extends BenchStep>(key: K): { at: string; value: EngineResult[K] } | null {
    return this.steps[key] ?? null;
  }

  put<K extends BenchStep>(key: K, at: string, value: EngineResult[K]): void {
    (this.steps as Record<K, { at: string; value: EngineResult[K] }>)[key] = { at, value };
    writeFileSync(this.file, JSON.stringify(this.steps, null, 2));
  }
}

/** The saved steps of a file this class wrote; entries without a time or figures are left out. */
function parse(json: string): Saved {
  const raw: unknown = JSON.parse(json);
  const out: Record<string, unknown> = {};
  for (const key of BENCH_STEPS) {
    const entry = field(raw, key);
    if (typeof field(entry, 'at') === 'string' && typeof field(entry, 'value') === 'object') out[key] = entry;
  }
  return out;
}
