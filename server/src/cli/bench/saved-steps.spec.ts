import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SavedSteps } from './saved-steps';

describe('SavedSteps: the figures of each bench step, kept as soon as measured', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'dm-steps-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives back, in a later run, what an earlier one saved before it died', () => {
    const file = join(dir, 'neo4j.steps.json');
    const breach = { recipientId: 'r-1', peopleAffected: 3, californiaNotices: 1, seconds: 2.5, peakRssBytes: 1 };
    new SavedSteps(file).put('breachImpact', '2026-01-01T00:00:00.000Z', breach);
    const later = new SavedSteps(file);
    expect(later.get('breachImpact')).toEqual({ at: '2026-01-01T00:00:00.000Z', value: breach });
    expect(later.get('portability')).toBeNull();
  });

  it('leaves out entries without a time or figures, and starts empty without a file', () => {
    const file = join(dir, 'embedded.steps.json');
    expect(new SavedSteps(file).get('whoReceived')).toBeNull();
    writeFileSync(file, JSON.stringify({ whoReceived: { value: {} }, propagationPlan: { at: 'x', value: 3 } }));
    const steps = new SavedSteps(file);
    expect([steps.get('whoReceived'), steps.get('propagationPlan')]).toEqual([null, null]);
  });
});
