/**
 * `npm run export -- --out FILE [--server URL --token T]`: the whole graph as one archive (PRODUCT.md §9,
 * portability/archive-format.ts). Without --server it reads the configured graph directly (GRAPH_ENGINE, DATA_DIR,
 * NEO4J_*), which for the embedded engine must not be held by a running server; with --server (or DM_SERVER and
 * DM_TOKEN) the running server streams the archive (GET /admin/export, ADMIN). The file appears only when complete.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ProgressBar } from '../bulk/progress';
import { loadConfig } from '../config/app-config';
import { PortabilityRepository } from '../graph/repositories/portability.repository';
import { verifyArchive } from '../portability/archive-reader';
import { writeArchive } from '../portability/archive-writer';
import { readIdentifierKey } from '../portability/identifier-key';
import { openForPortability } from '../portability/open-for-portability';
import { cliCommand } from './cli-args';
import { exitOnFailure, serverOptions } from './cli-common';

interface ExportOptions {
  out: string;
  server?: string;
  token?: string;
}

const program = cliCommand('npm run export --', 'Writes the whole graph as one archive; the file appears only when complete.')
  .requiredOption('--out <file>', 'the archive to write (.ndjson.gz)')
  .option(
    '--server <url>',
    'a running server to download the archive from (or DM_SERVER); without it the configured graph is read directly',
  )
  .option('--token <token>', 'an ADMIN bearer token for --server (or DM_TOKEN)');

async function main(): Promise<void> {
  const options = program.parse().opts<ExportOptions>();
  const out = options.out;
  const partial = `${out}.partial`;
  const bar = process.stderr.isTTY ? new ProgressBar('export') : null;
  const started = Date.now();
  try {
    const server = serverOptions(options);
    if (server) await download(server.url, server.token, partial, bar);
    else {
      const config = loadConfig();
      const store = await openForPortability(config, 'export');
      try {
        const file = createWriteStream(partial);
        await writeArchive(store, new PortabilityRepository(), readIdentifierKey(config), file, (done, total) =>
          bar?.update(done, total, done),
        );
      } finally {
        await store.close();
      }
    }
    bar?.done();
    // The archive is read back before it is called done: a download cut short must not look like a backup.
    const { manifest } = await verifyArchive(partial);
    renameSync(partial, out);
    console.log(
      JSON.stringify({
        file: out,
        lines: manifest.contentLines,
        contentSha256: manifest.contentSha256,
        seconds: (Date.now() - started) / 1000,
      }),
    );
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

async function download(url: string, token: string, file: string, bar: ProgressBar | null): Promise<void> {
  const response = await fetch(new URL('/admin/export', url), { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok || !response.body) {
    const text = await response.text().catch(() => '');
    throw new Error(`The server answered ${response.status}: ${text.slice(0, 500)}`);
  }
  const body = Readable.fromWeb(response.body);
  let bytes = 0;
  body.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    bar?.update(0, 0, bytes);
  });
  const sink = createWriteStream(file);
  await pipeline(body, sink);
  if (!sink.closed) await once(sink, 'close');
}

main().catch(exitOnFailure('Export'));
