import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { NodeRecord } from '@disclosure-map/graph-schema';
import { badInput, conflictOn, notFound } from '../common/app-error';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { ApiTokensRepository } from '../graph/repositories/api-tokens.repository';
import { today } from '../rules/dates';
import { AuthService } from './auth.service';
import type { ApiTokenInput } from './dto/api-token.inputs';
import type { ApiToken, ApiTokenSecret } from './models/api-token.models';

const toApiToken = (t: NodeRecord<'ApiToken'>): ApiToken => ({
  name: t.name,
  role: t.role,
  createdAt: t.createdAt,
  lastUsedAt: t.lastUsedAt,
  expiresOn: t.expiresOn,
  revokedAt: t.revokedAt,
});

/** Issues, lists and revokes API tokens. A token name is never reused, so the audit trail stays unambiguous. */
@Injectable()
export class TokensService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly tokens: ApiTokensRepository,
    private readonly auth: AuthService,
  ) {}

  create(input: ApiTokenInput): Promise<ApiTokenSecret> {
    if (input.expiresOn && input.expiresOn < today()) throw badInput('expiresOn', 'must not be in the past');
    if (input.name === 'admin') throw conflictOn('name', '"admin" is the installation’s own token');
    const secret = `dm_${randomBytes(24).toString('base64url')}`;
    return this.graph.write(async (tx) => {
      if (await this.tokens.byName(tx, input.name))
        throw conflictOn('name', `a token named "${input.name}" exists (names are never reused)`);
      const record: NodeRecord<'ApiToken'> = {
        id: AuthService.hashOf(secret),
        name: input.name,
        role: input.role,
        createdAt: new Date().toISOString(),
        lastUsedAt: null,
        expiresOn: input.expiresOn ?? null,
        revokedAt: null,
      };
      await this.tokens.create(tx, record);
      return { token: secret, apiToken: toApiToken(record) };
    });
  }

  async revoke(name: string): Promise<ApiToken> {
    try {
      return await this.graph.write(async (tx) => {
        const existing = await this.tokens.byName(tx, name);
        if (!existing) throw notFound('name', `no token named "${name}"`);
        if (!existing.revokedAt) await this.tokens.revoke(tx, name, new Date().toISOString());
        const revoked = await this.tokens.byName(tx, name);
        return toApiToken(revoked ?? existing);
      });
    } finally {
      // Revoked at once in this process: the token cache is not trusted past the commit (or a failed attempt).
      this.auth.forgetTokens();
    }
  }

  async list(): Promise<ApiToken[]> {
    return (await this.graph.read((tx) => this.tokens.list(tx))).map(toApiToken);
  }
}
