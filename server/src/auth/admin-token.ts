import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from '../common/private-files';
import { sha256 } from './bearer';

/** The generated admin token's SHA-256 (hex), the only form the server keeps. */
export const ADMIN_TOKEN_HASH_FILE = 'admin-token.sha256';
/** Where a generated token is handed over when no terminal is there to show it (0600, beside the database). */
export const ADMIN_TOKEN_FILE = 'admin-token.txt';

export const adminTokenHashPath = (dataDir: string) => join(dataDir, ADMIN_TOKEN_HASH_FILE);

/** A new admin token: its hash replaces the stored one (the old token stops working); the token itself is returned once. */
export function generateAdminToken(dataDir: string): string {
  const token = randomBytes(24).toString('base64url');
  ensurePrivateDir(dataDir);
  const file = adminTokenHashPath(dataDir);
  writeFileSync(file, sha256(token).toString('hex') + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  // A hand-over file of an earlier token would now be stale.
  rmSync(join(dataDir, ADMIN_TOKEN_FILE), { force: true });
  return token;
}

/** The stored hash and when it was written (a rotation by `npm run admin-token -- rotate` changes both), or null. */
export function readAdminTokenHash(dataDir: string): { hash: Buffer; mtimeMs: number } | null {
  const file = adminTokenHashPath(dataDir);
  if (!existsSync(file)) return null;
  return { hash: Buffer.from(readFileSync(file, 'utf8').trim(), 'hex'), mtimeMs: statSync(file).mtimeMs };
}

/**
 * Hands a generated admin token over: printed only to a terminal (with the sign-in link); otherwise — a service
 * manager's log, a container's output, a CI transcript — written to a 0600 file in DATA_DIR whose path is printed.
 */
export function announceAdminToken(
  token: string,
  dataDir: string,
  signInBase: string | null,
  print: (line: string) => void = (line) => console.log(line),
  terminal: boolean = process.stdout.isTTY === true,
): void {
  if (terminal) {
    print('A new admin token was generated. It is shown only this once:');
    print(`  ${token}`);
    if (signInBase) print(`Sign in: ${signInBase}/?token=${token}`);
    return;
  }
  const file = join(dataDir, ADMIN_TOKEN_FILE);
  writeFileSync(file, token + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  print(`A new admin token was generated and written to ${file} (readable by this user only; delete it once kept safely).`);
}
