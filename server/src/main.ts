import { ConfigError, loadConfig } from './config/app-config';
import { startServer } from './bootstrap';
import { announceAdminToken } from './auth/admin-token';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const server = await startServer(config);
  console.log(`Disclosure Map is running at ${server.url} (engine: ${config.engine}, data: ${config.dataDir})`);
  console.log(`GraphQL: ${server.url}/graphql · health: ${server.url}/health`);
  if (server.generatedAdminToken) announceAdminToken(server.generatedAdminToken, config.dataDir, server.url);
}

main().catch((error: unknown) => {
  console.error('Disclosure Map failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
