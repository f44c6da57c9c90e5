/**
 * `npm run admin-token -- rotate`: replaces the generated admin token. The new one is shown on a terminal, or written
 * to DATA_DIR/admin-token.txt (0600) whose path is printed; a running server picks it up within seconds, and the old
 * token stops working. With ADMIN_TOKEN set the token is that variable's: change it there.
 */
import { announceAdminToken, generateAdminToken } from '../auth/admin-token';
import { ConfigError, loadConfig } from '../config/app-config';
import { cliCommand } from './cli-args';

function rotate(): number {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  if (config.adminToken) {
    console.error('ADMIN_TOKEN is set: the admin token is that variable. Change it there and restart the server.');
    return 1;
  }
  const token = generateAdminToken(config.dataDir);
  announceAdminToken(token, config.dataDir, null);
  console.log('The previous admin token no longer works (a running server notices within a few seconds).');
  return 0;
}

const program = cliCommand('npm run admin-token --', 'Manages the generated admin token.');
program
  .command('rotate')
  .description('replace the generated admin token; the old one stops working within seconds')
  .action(() => {
    process.exitCode = rotate();
  });
// Without a command: the help on stderr and exit 2, as before.
program.action(() => program.help({ error: true }));
program.parse();
