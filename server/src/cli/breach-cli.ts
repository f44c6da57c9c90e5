/**
 * `npm run report:breach -- (--recipient ID | --system ID | --largest-processor) [--from D] [--to D] [--discovered D]`
 * (`--out FILE` also writes the notice list): a breach's impact computed as the API computes it, with its seconds and
 * peak memory as one JSON line on stderr. The benchmark runs it as a child process, so the peak is this run's alone.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { loadConfig } from '../config/app-config';
import { today } from '../rules/dates';
import { openAppContext } from './app-context';
import { cliCommand } from './cli-args';

interface BreachOptions {
  recipient?: string;
  system?: string;
  largestProcessor?: boolean;
  from: string;
  to?: string;
  discovered?: string;
  out?: string;
}

const program = cliCommand(
  'npm run report:breach --',
  "A breach's impact computed as the API computes it; its seconds and peak memory as one JSON line on stderr.",
)
  .option('--recipient <id>', 'the recipient breached')
  .option('--system <id>', 'the system breached')
  .option('--largest-processor', 'the processor that received the most people (what the benchmark measures)')
  .option('--from <date>', 'the first day of the exposure window', '0001-01-01')
  .option('--to <date>', 'the last day of the exposure window (default: today)')
  .option('--discovered <date>', 'the day the breach was discovered (default: --to)')
  .option('--out <file>', 'also write the notice list: person id, California notice yes/no');

async function main(): Promise<void> {
  const options = program.parse().opts<BreachOptions>();
  const config = loadConfig();
  // Loaded once the command line is known good (app-context.ts says why).
  const { BreachService } = await import('../incidents/breach.service.js');
  const app = await openAppContext(config);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  sampler.unref();
  try {
    const breaches = app.get(BreachService);
    const started = Date.now();
    const recipientId = options.largestProcessor ? await breaches.largestProcessor() : (options.recipient ?? null);
    const systemId = options.system ?? null;
    const to = options.to ?? today();
    const plan = await breaches.plan({
      recipientId,
      systemId,
      from: options.from,
      to,
      discoveredOn: options.discovered ?? to,
    });
    const totals = await breaches.totals(plan);
    const firstPage = await breaches.page(plan, 100, null);
    const seconds = (Date.now() - started) / 1000;
    const path = options.out;
    if (path) {
      const out = createWriteStream(path);
      for await (const people of breaches.affectedPeople(plan)) {
        for (const a of people) if (!out.write(`${a.person.id},${a.californiaNotice ? 'yes' : 'no'}\n`)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    }
    const summary = {
      recipientId,
      systemId,
      peopleAffected: totals.peopleAffected,
      californiaNotices: totals.californiaNotices,
      firstPage: firstPage.items.length,
      seconds,
      peakRssBytes: Math.max(peak, process.memoryUsage().rss),
      engine: config.engine,
    };
    process.stderr.write(JSON.stringify(summary) + '\n');
  } finally {
    clearInterval(sampler);
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error('report:breach failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
