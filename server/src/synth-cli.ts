/** `npm run synth -- --people 1000000 --transfers 10000000 --seed 42 [--out dir]`: a reproducible synthetic company. */
import { resolve } from 'node:path';
import { intOption, parseArgs } from './cli-args';
import { writeSynthCompany } from './bulk/synth';

async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2));
  const people = intOption(options, 'people', 100_000);
  const transfers = intOption(options, 'transfers', people * 10);
  const seed = intOption(options, 'seed', 42);
  const dir = resolve(options.get('out') ?? `bench/data/synth-${people}-${transfers}-${seed}`);
  const started = Date.now();
  const files = await writeSynthCompany(dir, { people, transfers, seed });
  console.log(JSON.stringify({ ...files, people, transfers, seed, seconds: (Date.now() - started) / 1000 }));
  console.log(`Import with: npm run import -- ${files.inventory} ${files.people} ${files.transfers}`);
}

main().catch((error: unknown) => {
  console.error('synth failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
