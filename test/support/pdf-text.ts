import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './engines';

const run = promisify(execFile);

/** pdf.js (through pdf-parse) loads its worker with a dynamic import, which Jest's CommonJS sandbox refuses: it runs in a child node. */
const EXTRACT = `
import { PDFParse } from 'pdf-parse';
import { readFileSync } from 'node:fs';
const parser = new PDFParse({ data: new Uint8Array(readFileSync(process.argv[1])) });
const result = await parser.getText();
await parser.destroy();
process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
`;

/** The text a PDF reader extracts from the document, and its page count. */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const file = join(tempDir('dm-pdf-'), 'document.pdf');
  writeFileSync(file, pdf);
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', EXTRACT, file], {
    cwd: __dirname,
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { text: string; pages: number };
}
