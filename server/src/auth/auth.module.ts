import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { TokensResolver } from './tokens.resolver';
import { TokensService } from './tokens.service';

@Global()
@Module({ providers: [AuthService, TokensService, TokensResolver, { provide: APP_GUARD, useClass: AuthGuard }], exports: [AuthService] })
export class AuthModule {}
