/**
 * `npm run import -- <file>…`: bulk ingest of people, memberships, transfers,
 * opt-outs and privacy requests (`request` lines: `requestKind`, person, receivedOn, channel, designatedChannel) from newline-delimited JSON (`.ndjson`/`.jsonl`) or CSV
 * (`.csv`) into the configured graph; a `.json` file is a seed document
 * (inventory). Re-running a file adds nothing. Rejected lines go to
 * `<file>.rejects.ndjson` (or `--rejects <path>`) with line number and reason.
 */
import { loadConfig } from '../config/app-config';
import { openAppContext } from './app-context';
import { cliCommand, wholeNumber } from './cli-args';

interface ImportOptions {
  rejects?: string;
  batch?: number;
}

const program = cliCommand(
  'npm run import --',
  'Bulk ingest into the configured graph; re-running a file adds nothing. Exit 3 when lines were rejected.',
)
  .argument(
    '<files...>',
    '.ndjson/.jsonl or .csv files of people, memberships, transfers, opt-outs and requests; a .json file is an inventory',
  )
  .option('--rejects <path>', 'where rejected lines go (default <file>.rejects.ndjson)')
  .option('--batch <lines>', "lines per unit of work (default: the importer's, per engine)", wholeNumber);

async function main(): Promise<void> {
  const parsed = program.parse();
  const options = parsed.opts<ImportOptions>();
  const config = loadConfig();
  // Loaded once the command line is known good (app-context.ts says why).
  const [{ BulkImportService }, { SeedService }, { removeStaleCopyDirs }] = await Promise.all([
    import('../bulk/bulk-import.service.js'),
    import('../seed/seed.service.js'),
    import('../graph/embedded/copy-dirs.js'),
  ]);
  // A killed import leaves its COPY files behind (the process could not clean up): remove those of dead processes.
  for (const dir of removeStaleCopyDirs()) console.error(`Removed ${dir}, left behind by an interrupted import`);
  const app = await openAppContext(config);
  let failed = false;
  try {
    for (const file of parsed.args) {
      if (/\.json$/i.test(file)) {
        const seeds = app.get(SeedService);
        const started = Date.now();
        await seeds.load(seeds.readDocument(file));
        console.log(JSON.stringify({ file, kind: 'inventory', seconds: (Date.now() - started) / 1000 }));
        continue;
      }
      const summary = await app.get(BulkImportService).importFile(file, {
        batchLines: options.batch,
        rejectsFile: options.rejects,
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
