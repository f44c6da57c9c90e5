import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { FailedAuthThrottle } from './failed-auth-throttle';
import { TokensResolver } from './tokens.resolver';
import { TokensService } from './tokens.service';

@Global()
@Module({
  providers: [AuthService, FailedAuthThrottle, TokensService, TokensResolver, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, FailedAuthThrottle],
})
export class AuthModule {}
