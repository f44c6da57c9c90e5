/**
 * The command lines of every CLI go through commander: one parser, `--help` on each command, the same errors.
 * These are the project's conventions on top of it.
 */
import { Command, InvalidArgumentError } from 'commander';

/**
 * A command named as it is run (`npm run import --`), whose usage errors (an unknown option, a missing value or
 * argument) exit with `usageExitCode` — 2 by default, as the CLIs always did; `npm run inventory` uses 1 because its
 * 2 means "diff found changes". `--help` exits 0.
 */
export function cliCommand(name: string, description: string, usageExitCode = 2): Command {
  return new Command(name)
    .description(description)
    .showHelpAfterError('(add --help for the options)')
    .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : usageExitCode));
}

/** A whole number ≥ 0 (`1_000_000` is allowed), for options such as `--people` and `--batch`. */
export function wholeNumber(raw: string): number {
  const value = Number(raw.replace(/_/g, ''));
  if (raw.trim() === '' || !Number.isInteger(value) || value < 0) throw new InvalidArgumentError(`a whole number, not "${raw}"`);
  return value;
}

/** A comma-separated list whose every item is one of `allowed`, for options such as `--engines embedded,neo4j`. */
export function listOf<T extends string>(allowed: readonly T[]): (raw: string) => T[] {
  return (raw) => {
    const items = raw.split(',').map((s) => s.trim());
    const chosen: T[] = [];
    for (const item of items) {
      const known = allowed.find((a) => a === item);
      if (!known) throw new InvalidArgumentError(`each of ${allowed.join(', ')}, not "${item}"`);
      chosen.push(known);
    }
    return chosen;
  };
}
