import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { ApiTokensRepository } from '../graph/repositories/api-tokens.repository';
import { today } from '../rules/dates';
import type { Actor } from './actor';

const ADMIN_TOKEN_HASH_FILE = 'admin-token.sha256';
/** lastUsedAt is written at most this often per token, so authenticating stays a read. */
const LAST_USED_RESOLUTION_MS = 60_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** Why a presented token was turned away. */
export type TokenRejection = 'missing' | 'unknown' | 'revoked' | 'expired';

export type Authentication = { actor: Actor } | { rejected: TokenRejection };

/** Whether a stored token is usable on a given day (expiresOn is the last valid day). */
export function tokenState(token: Pick<NodeRecord<'ApiToken'>, 'revokedAt' | 'expiresOn'>, on: string): 'ok' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresOn && token.expiresOn < on) return 'expired';
  return 'ok';
}

/**
 * Bearer tokens. The admin token comes from ADMIN_TOKEN, or is generated at
 * first start: only its hash is kept in DATA_DIR and the token is printed once.
 * Further tokens are ApiToken nodes holding only the SHA-256 of the secret.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger('Auth');
  private adminHash: Buffer | null = null;
  private readonly lastTouched = new Map<string, number>();
  /** Set when this start generated the admin token, for main.ts to print once with the sign-in link. */
  generatedAdminToken: string | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly tokens: ApiTokensRepository,
  ) {}

  onModuleInit(): void {
    if (this.config.adminToken) {
      this.adminHash = sha256(this.config.adminToken);
      return;
    }
    const file = join(this.config.dataDir, ADMIN_TOKEN_HASH_FILE);
    if (existsSync(file)) {
      this.adminHash = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
      return;
    }
    const token = randomBytes(24).toString('base64url');
    mkdirSync(this.config.dataDir, { recursive: true });
    writeFileSync(file, sha256(token).toString('hex') + '\n', { mode: 0o600 });
    this.adminHash = sha256(token);
    this.generatedAdminToken = token;
    this.logger.log(`Generated an admin token; its hash is in ${file} (delete that file to generate a new one)`);
  }

  /** The secret's stored form. */
  static hashOf(secret: string): string {
    return sha256(secret).toString('hex');
  }

  /** The actor a bearer token stands for, or why it is turned away. Graph failures propagate (UNAVAILABLE). */
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(authorization ?? '');
    if (!match) return { rejected: 'missing' };
    const presented = sha256(match[1]);
    if (this.adminHash && presented.length === this.adminHash.length && timingSafeEqual(presented, this.adminHash)) {
      return { actor: { name: 'admin', role: 'ADMIN' } };
    }
    const hash = presented.toString('hex');
    const token = await this.graph.read((tx) => this.tokens.byHash(tx, hash));
    if (!token) return { rejected: 'unknown' };
    const state = tokenState(token, today());
    if (state !== 'ok') return { rejected: state };
    this.touch(token.id);
    return { actor: { name: token.name, role: token.role } };
  }

  /** Records lastUsedAt at most once a minute per token, off the request path. */
  private touch(id: string): void {
    const now = Date.now();
    if (now - (this.lastTouched.get(id) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    this.lastTouched.set(id, now);
    this.graph
      .write((tx) => this.tokens.touch(tx, id, new Date(now).toISOString()))
      .catch((error: unknown) => this.logger.warn(`Could not record a token's last use: ${(error as Error).message}`));
  }
}
