import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { archiveLines, archiveSections } from './archive-reader';

describe('archiveLines: the lines of a gzip file, in batches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dm-archive-lines-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function linesOf(text: string): Promise<string[]> {
    const file = join(dir, 'a.gz');
    writeFileSync(file, gzipSync(text));
    const lines: string[] = [];
    for await (const batch of archiveLines(file)) lines.push(...batch);
    return lines;
  }

  it('keeps every line whole across the decompressed chunks, multi-byte characters and long lines included', async () => {
    // About 5 MB: several 1 MiB chunks, so chunk ends fall inside lines and inside characters (é, 😀, 一).
    const lines = Array.from({ length: 40_000 }, (_, i) => `{"n":${i},"t":"${'é😀一x'.repeat(i % 37)}"}`);
    lines.push('y'.repeat(3 * 1024 * 1024)); // a line longer than a chunk
    lines.push('last');
    expect(await linesOf(lines.join('\n') + '\n')).toEqual(lines);
  });

  it('reads a last line that has no line break', async () => {
    expect(await linesOf('a\nb\nc')).toEqual(['a', 'b', 'c']);
  });

  it('refuses a file that is not gzip', async () => {
    const file = join(dir, 'plain.gz');
    writeFileSync(file, 'not gzip at all');
    await expect(
      (async () => {
        for await (const batch of archiveLines(file)) void batch;
      })(),
    ).rejects.toThrow(/not a readable gzip archive/);
  });

  it('tells the header, the content lines and the manifest apart, across chunks and when there is no content', async () => {
    async function sectionsOf(text: string) {
      const file = join(dir, 's.gz');
      writeFileSync(file, gzipSync(text));
      const found = { headers: [] as string[], content: [] as string[], manifests: [] as string[] };
      for await (const section of archiveSections(file)) {
        if (section.header !== null) found.headers.push(section.header);
        found.content.push(...section.content);
        if (section.manifest !== null) found.manifests.push(section.manifest);
      }
      return found;
    }
    const content = Array.from({ length: 30_000 }, (_, i) => `{"n":${i},"t":"${'é😀'.repeat(i % 50)}"}`);
    expect(await sectionsOf(['H', ...content, 'M'].join('\n') + '\n')).toEqual({ headers: ['H'], content, manifests: ['M'] });
    expect(await sectionsOf('H\nM\n')).toEqual({ headers: ['H'], content: [], manifests: ['M'] });
    expect(await sectionsOf('H\n')).toEqual({ headers: ['H'], content: [], manifests: [] });
  });
});
