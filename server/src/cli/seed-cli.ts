/** `npm run seed [-- FILE]`: loads the example map (or the JSON file given) into the configured graph, idempotently. */
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { EXAMPLE_SEED_PATH, SeedService } from '../seed/seed.service';
import { cliCommand } from './cli-args';

const program = cliCommand('npm run seed --', 'Loads a seed document into the configured graph; loading it again adds nothing.').argument(
  '[file]',
  'the seed document (JSON; default: the example map, seed/example.json)',
);

async function main(): Promise<void> {
  const file = program.parse().args[0] ?? EXAMPLE_SEED_PATH;
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(AppModule.forConfig(config), { logger: ['warn', 'error'] });
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
