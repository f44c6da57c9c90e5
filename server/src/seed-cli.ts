/** `npm run seed`: loads the example map (or the JSON file given) into the configured graph, idempotently. */
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { loadConfig } from './config/app-config';
import { EXAMPLE_SEED_PATH, SeedService } from './seed/seed.service';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(AppModule.forConfig(config), { logger: ['warn', 'error'] });
  try {
    const seeds = app.get(SeedService);
    const file = process.argv[2] ?? EXAMPLE_SEED_PATH;
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
