/** Writes server/schema.gql, the committed copy of the public schema (reviewed with every API change). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { cliCommand } from './cli-args';

const program = cliCommand('npm run schema:gql --', 'Writes server/schema.gql, the committed copy of the public GraphQL schema.');

async function main(): Promise<void> {
  program.parse();
  // Loaded once the command line is known good (app-context.ts says why).
  const [{ GraphQLSchemaHost }, { printSchema }, { startServer }] = await Promise.all([
    import('@nestjs/graphql'),
    import('graphql'),
    import('../bootstrap.js'),
  ]);
  const dataDir = mkdtempSync(join(tmpdir(), 'dm-schema-'));
  const config = {
    ...loadConfig({ ...process.env, DATA_DIR: dataDir, SEED: 'none', ADMIN_TOKEN: 'schema-printer-token-0000', PORT: '0' }),
    engine: 'embedded' as const,
    neo4j: null,
  };
  const server = await startServer(config, { logger: false });
  try {
    const file = join(__dirname, '..', '..', 'schema.gql');
    writeFileSync(file, printSchema(server.app.get(GraphQLSchemaHost).schema) + '\n');
    console.log(`wrote ${file}`);
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
