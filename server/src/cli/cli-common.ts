import { ConfigError } from '../config/app-config';
import { PortabilityRefusal } from '../portability/refusals';

/** `--server URL --token T`, or DM_SERVER and DM_TOKEN; null when neither names a server. */
export function serverOptions(
  options: { server?: string; token?: string },
  env: NodeJS.ProcessEnv = process.env,
): { url: string; token: string } | null {
  const url = options.server ?? env.DM_SERVER;
  if (!url) return null;
  const token = options.token ?? env.DM_TOKEN;
  if (!token) throw new PortabilityRefusal('usage', '--server needs --token T (or DM_TOKEN): an ADMIN bearer token');
  return { url, token };
}

/** Refusals exit with their own code and message; a bad setting with 2; anything else with 1. */
export function exitOnFailure(command: string): (error: unknown) => void {
  return (error) => {
    if (error instanceof PortabilityRefusal) {
      console.error(`${command} refused: ${error.message}`);
      process.exit(error.exitCode);
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(`${command} failed:`, error instanceof Error ? error.message : error);
    process.exit(1);
  };
}
