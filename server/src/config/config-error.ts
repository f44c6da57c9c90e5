/**
 * A setting with a bad value: the server stops at start-up with this message. In its own file so that every part
 * reading settings (app-config, security-config, …) can use it without importing the others (no import circle).
 */
export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}
