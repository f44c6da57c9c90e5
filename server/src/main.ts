import { ConfigError, loadConfig } from './config/app-config';
import { startServer } from './bootstrap';

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
  if (server.generatedAdminToken) {
    console.log('');
    console.log('An admin token was generated for this installation. It is shown only this once:');
    console.log(`  ${server.generatedAdminToken}`);
    console.log(`Sign in: ${server.url}/?token=${server.generatedAdminToken}`);
    console.log('');
  }
}

main().catch((error: unknown) => {
  console.error('Disclosure Map failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
