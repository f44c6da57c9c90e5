import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { ApiTokensRepository } from '../graph/repositories/api-tokens.repository';
import { today } from '../rules/dates';
import type { Actor } from './actor';
import { adminTokenHashPath, generateAdminToken, readAdminTokenHash } from './admin-token';
import { bearerToken, sha256 } from './bearer';

/** How often a running server looks for a rotated admin token. */
const ADMIN_HASH_RECHECK_MS = 2_000;
/** lastUsedAt is written at most this often per token, so authenticating stays a read. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * How long a token read from the graph is used without reading it again. A revocation through this process empties
 * the cache at once; one made through another server process on the same Neo4j takes effect here within this time.
 */
export const TOKEN_CACHE_MS = 5_000;
/** Tokens kept at most (each a distinct valid secret presented recently); past it the cache starts over. */
const TOKEN_CACHE_SIZE = 1_000;

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
  private adminHashWritten = 0;
  private adminHashCheckedAt = 0;
  private readonly lastTouched = new Map<string, number>();
  /** Tokens by secret hash, with when they must be read again: authentication is a graph read only once in a while. */
  private readonly tokenCache = new Map<string, { token: NodeRecord<'ApiToken'>; until: number }>();
  /** Moved on by forgetTokens(): a read that started before a revocation must not put its token back in the cache. */
  private cacheGeneration = 0;
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
    const stored = readAdminTokenHash(this.config.dataDir);
    if (stored) {
      this.adminHash = stored.hash;
      this.adminHashWritten = stored.mtimeMs;
      return;
    }
    const token = generateAdminToken(this.config.dataDir);
    this.adminHash = sha256(token);
    this.adminHashWritten = readAdminTokenHash(this.config.dataDir)?.mtimeMs ?? 0;
    this.generatedAdminToken = token;
    this.logger.log(
      `Generated an admin token; its hash is in ${adminTokenHashPath(this.config.dataDir)} (rotate: npm run admin-token -- rotate)`,
    );
  }

  /** Picks up a rotation (`npm run admin-token -- rotate`) without a restart: the hash file is looked at every few seconds. */
  private refreshAdminHash(): void {
    if (this.config.adminToken) return;
    const now = Date.now();
    if (now - this.adminHashCheckedAt < ADMIN_HASH_RECHECK_MS) return;
    this.adminHashCheckedAt = now;
    try {
      const stored = readAdminTokenHash(this.config.dataDir);
      if (stored && stored.mtimeMs !== this.adminHashWritten) {
        this.adminHash = stored.hash;
        this.adminHashWritten = stored.mtimeMs;
        this.logger.log('The admin token was rotated');
      }
    } catch (error) {
      this.logger.warn(`Could not read the admin token's hash: ${(error as Error).message}`);
    }
  }

  /** The secret's stored form. */
  static hashOf(secret: string): string {
    return sha256(secret).toString('hex');
  }

  /** The actor a bearer token stands for, or why it is turned away. Graph failures propagate (UNAVAILABLE). */
  async authenticate(authorization: string | undefined): Promise<Authentication> {
    const secret = bearerToken(authorization);
    if (secret === null) return { rejected: 'missing' };
    const presented = sha256(secret);
    this.refreshAdminHash();
    if (this.adminHash && presented.length === this.adminHash.length && timingSafeEqual(presented, this.adminHash)) {
      return { actor: { name: 'admin', role: 'ADMIN' } };
    }
    const hash = presented.toString('hex');
    const token = await this.storedToken(hash);
    if (!token) return { rejected: 'unknown' };
    const state = tokenState(token, today());
    if (state !== 'ok') return { rejected: state };
    this.touch(token.id);
    return { actor: { name: token.name, role: token.role } };
  }

  /** The stored token of a secret hash, from the cache while it is fresh. Unknown hashes are not kept (nothing to reuse). */
  private async storedToken(hash: string): Promise<NodeRecord<'ApiToken'> | null> {
    const now = Date.now();
    const cached = this.tokenCache.get(hash);
    if (cached && cached.until > now) return cached.token;
    const generation = this.cacheGeneration;
    const token = await this.graph.read((tx) => this.tokens.byHash(tx, hash));
    if (token && generation === this.cacheGeneration) {
      if (this.tokenCache.size >= TOKEN_CACHE_SIZE) this.tokenCache.clear();
      this.tokenCache.set(hash, { token, until: now + TOKEN_CACHE_MS });
    } else this.tokenCache.delete(hash);
    return token;
  }

  /** After a token changed (revoked): every later request reads the graph again. */
  forgetTokens(): void {
    this.cacheGeneration += 1;
    this.tokenCache.clear();
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
