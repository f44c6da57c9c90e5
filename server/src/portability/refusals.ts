/**
 * Why `npm run restore` (or `export`) refuses, each with its own exit code so that a script can tell them apart.
 * A refusal always comes before the first write: the graph is left as it was.
 */
export const REFUSALS = {
  usage: { exitCode: 2, summary: 'wrong arguments' },
  graphBusy: { exitCode: 3, summary: 'the embedded graph is held by a running server' },
  notEmpty: { exitCode: 4, summary: 'the target graph is not empty' },
  corrupted: { exitCode: 5, summary: 'the archive is damaged' },
  otherKey: { exitCode: 6, summary: 'the archive was made under another identifier key' },
  incompatible: { exitCode: 7, summary: 'the archive was made by a newer version' },
} as const satisfies Record<string, { exitCode: number; summary: string }>;

export type RefusalKind = keyof typeof REFUSALS;

export class PortabilityRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    message: string,
  ) {
    super(message);
    this.name = 'PortabilityRefusal';
  }

  get exitCode(): number {
    return REFUSALS[this.kind].exitCode;
  }
}

/** The embedded engine admits one process per data directory; its refusal says "Could not set lock on file". */
export function isEmbeddedLock(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${String(error.cause)}` : String(error);
  return /could not set lock/i.test(text);
}
