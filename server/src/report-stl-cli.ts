/**
 * `npm run report:stl -- --year 2025 --out file.csv [--workers N]`: the Shine-the-Light rows of every customer,
 * streamed, in one pass; the per-person rules run in N worker threads (0: on the main thread; default: one per core
 * beyond the main thread's, at least one).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ShineTheLightBulkService } from './bulk/stl-bulk.service';
import { intOption, parseArgs } from './cli-args';
import { loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2));
  const year = intOption(options, 'year', new Date().getUTCFullYear() - 1);
  const path = options.get('out');
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(AppModule.forConfig(config), { logger: ['warn', 'error'] });
  try {
    const out = path ? createWriteStream(path) : process.stdout;
    const summary = await app.get(ShineTheLightBulkService).run(year, out, {
      pageSize: options.has('page') ? intOption(options, 'page', 0) || undefined : undefined,
      workers: options.has('workers') ? intOption(options, 'workers', 1) : undefined,
    });
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
