import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretBox, signature } from './signing';

describe('webhook signing', () => {
  it('signs the raw body with HMAC-SHA256 (RFC 4231 test case 2)', () => {
    expect(signature('what do ya want for nothing?', 'Jefe')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('keeps secrets sealed under the data directory’s key, and only that key opens them', () => {
    const a = mkdtempSync(join(tmpdir(), 'dm-box-'));
    const b = mkdtempSync(join(tmpdir(), 'dm-box-'));
    try {
      const sealed = SecretBox.forDataDir(a).seal('whsec_123');
      expect(sealed).not.toContain('whsec_123');
      expect(SecretBox.forDataDir(a).open(sealed)).toBe('whsec_123');
      expect(SecretBox.forDataDir(b).open(sealed)).toBeNull();
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });
});
