/** `npm run seed [-- FILE]`: loads the example map (or the JSON file given) into the configured graph, idempotently. */
import { loadConfig } from '../config/app-config';
import { openAppContext } from './app-context';
import { cliCommand } from './cli-args';

const program = cliCommand('npm run seed --', 'Loads a seed document into the configured graph; loading it again adds nothing.').argument(
  '[file]',
  'the seed document (JSON; default: the example map, seed/example.json)',
);

async function main(): Promise<void> {
  const parsed = program.parse();
  // Loaded once the command line is known good (app-context.ts says why).
  const { EXAMPLE_SEED_PATH, SeedService } = await import('../seed/seed.service.js');
  const file = parsed.args[0] ?? EXAMPLE_SEED_PATH;
  const config = loadConfig();
  const app = await openAppContext(config);
  try {
    const seeds = app.get(SeedService);
    await seeds.load(seeds.readDocument(file));
    console.log(`Loaded ${file} into the ${config.engine} graph`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
