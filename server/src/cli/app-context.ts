/**
 * The application, for the CLIs that work on the configured graph. It is loaded with import() once the command line
 * has been parsed, so `--help` and usage errors answer at once instead of after loading every module of the server.
 * (The `.js` in these paths: a dynamic import is resolved by Node at run time, from the built files.)
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';

export async function openAppContext(config: AppConfig): Promise<INestApplicationContext> {
  const [{ NestFactory }, { AppModule }] = await Promise.all([import('@nestjs/core'), import('../app.module.js')]);
  return NestFactory.createApplicationContext(AppModule.forConfig(config), { logger: ['warn', 'error'] });
}
