/** `npm run synth -- --people 1000000 --transfers 10000000 --seed 42 [--out dir]`: a reproducible synthetic company. */
import { resolve } from 'node:path';
import { cliCommand, wholeNumber } from './cli-args';
import { writeSynthCompany } from './synth';

interface SynthOptions {
  people: number;
  transfers?: number;
  seed: number;
  out?: string;
}

const program = cliCommand('npm run synth --', 'Writes a reproducible synthetic company: inventory.json, people.ndjson, transfers.ndjson.')
  .option('--people <n>', 'customers', wholeNumber, 100_000)
  .option('--transfers <n>', 'transfer-person rows (default 10 × people)', wholeNumber)
  .option('--seed <n>', 'the random seed: the same seed writes the same company', wholeNumber, 42)
  .option('--out <dir>', 'the directory (default bench/data/synth-<people>-<transfers>-<seed>)');

async function main(): Promise<void> {
  const options = program.parse().opts<SynthOptions>();
  const { people, seed } = options;
  const transfers = options.transfers ?? people * 10;
  const dir = resolve(options.out ?? `bench/data/synth-${people}-${transfers}-${seed}`);
  const started = Date.now();
  const files = await writeSynthCompany(dir, { people, transfers, seed });
  console.log(JSON.stringify({ ...files, people, transfers, seed, seconds: (Date.now() - started) / 1000 }));
  console.log(`Import with: npm run import -- ${files.inventory} ${files.people} ${files.transfers}`);
}

main().catch((error: unknown) => {
  console.error('synth failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
