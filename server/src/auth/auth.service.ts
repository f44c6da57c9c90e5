import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { Actor } from './actor';

const ADMIN_TOKEN_HASH_FILE = 'admin-token.sha256';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * Bearer tokens. The admin token comes from ADMIN_TOKEN, or is generated at
 * first start: only its hash is kept in DATA_DIR and the token is printed once.
 */
@Injectable()
export class AuthService implements OnModuleInit {
  private readonly logger = new Logger('Auth');
  private adminHash: Buffer | null = null;
  /** Set when this start generated the admin token, for main.ts to print once with the sign-in link. */
  generatedAdminToken: string | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

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

  /** The actor a bearer token stands for, or null for a missing or wrong token. */
  authenticate(authorization: string | undefined): Actor | null {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match || !this.adminHash) return null;
    const presented = sha256(match[1]);
    if (presented.length === this.adminHash.length && timingSafeEqual(presented, this.adminHash)) {
      return { name: 'admin', role: 'ADMIN' };
    }
    return null;
  }
}
