/**
 * `npm run import -- <file>…`: bulk ingest of people, memberships, transfers,
 * opt-outs and privacy requests (`request` lines: `requestKind`, person, receivedOn, channel, designatedChannel) from newline-delimited JSON (`.ndjson`/`.jsonl`) or CSV
 * (`.csv`) into the configured graph; a `.json` file is a seed document
 * (inventory). Re-running a file adds nothing. Rejected lines go to
 * `<file>.rejects.ndjson` (or `--rejects <path>`) with line number and reason.
 */
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { BulkImportService } from './bulk/bulk-import.service';
import { intOption, parseArgs } from './cli-args';
import { loadConfig } from './config/app-config';
import { SeedService } from './seed/seed.service';
import { removeStaleCopyDirs } from './graph/embedded/copy-dirs';

async function main(): Promise<void> {
  const { options, positional } = parseArgs(process.argv.slice(2));
  if (!positional.length) {
    console.error('usage: npm run import -- <file.ndjson|file.csv|inventory.json>… [--rejects path] [--batch lines]');
    process.exit(2);
  }
  const config = loadConfig();
  // A killed import leaves its COPY files behind (the process could not clean up): remove those of dead processes.
  for (const dir of removeStaleCopyDirs()) console.error(`Removed ${dir}, left behind by an interrupted import`);
  const app = await NestFactory.createApplicationContext(AppModule.forConfig(config), { logger: ['warn', 'error'] });
  let failed = false;
  try {
    for (const file of positional) {
      if (/\.json$/i.test(file)) {
        const seeds = app.get(SeedService);
        const started = Date.now();
        await seeds.load(seeds.readDocument(file));
        console.log(JSON.stringify({ file, kind: 'inventory', seconds: (Date.now() - started) / 1000 }));
        continue;
      }
      const summary = await app.get(BulkImportService).importFile(file, {
        batchLines: options.has('batch') ? intOption(options, 'batch', 20_000) : undefined,
        rejectsFile: options.get('rejects') ?? undefined,
        progress: true,
      });
      console.log(JSON.stringify(summary));
      if (summary.rejected) {
        failed = true;
        console.error(`${summary.rejected} line(s) rejected: see ${summary.rejectsFile}`);
      }
    }
  } finally {
    await app.close();
  }
  if (failed) process.exitCode = 3;
}

main().catch((error: unknown) => {
  console.error('Import failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
