/**
 * `npm run report:stl -- --year 2025 --out file.csv [--workers N]`: the Shine-the-Light rows of every customer,
 * streamed, in one pass; the per-person rules run in N worker threads (0: on the main thread; default: one per core
 * beyond the main thread's, at least one).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { loadConfig } from '../config/app-config';
import { openAppContext } from './app-context';
import { cliCommand, wholeNumber } from './cli-args';

interface StlOptions {
  year?: number;
  out?: string;
  page?: number;
  workers?: number;
}

const program = cliCommand(
  'npm run report:stl --',
  'The Shine-the-Light rows of every customer as CSV; a summary (seconds, people, peak RSS) as one JSON line on stderr.',
)
  .option('--year <year>', 'the calendar year reported (default: last year)', wholeNumber)
  .option('--out <file>', 'the CSV file (default: stdout)')
  .option('--page <people>', "people per page read from the graph (default: the service's; 0 for the default)", wholeNumber)
  .option(
    '--workers <n>',
    'worker threads for the per-person rules (0: the main thread; default: one per core beyond the first)',
    wholeNumber,
  );

async function main(): Promise<void> {
  const options = program.parse().opts<StlOptions>();
  const path = options.out;
  const config = loadConfig();
  // Loaded once the command line is known good (app-context.ts says why).
  const { ShineTheLightBulkService } = await import('../bulk/stl-bulk.service.js');
  const app = await openAppContext(config);
  try {
    const out = path ? createWriteStream(path) : process.stdout;
    const summary = await app
      .get(ShineTheLightBulkService)
      .run(options.year ?? new Date().getUTCFullYear() - 1, out, { pageSize: options.page || undefined, workers: options.workers });
    if (path) {
      out.end();
      await once(out, 'finish');
    }
    // peakRssBytes is sampled during the run: getrusage's maxRSS keeps the high-water mark of the process it was
    // forked from (a benchmark parent that has just imported millions of rows reported as this run's peak).
    process.stderr.write(JSON.stringify({ ...summary, out: path ?? 'stdout', engine: config.engine }) + '\n');
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error('report:stl failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
