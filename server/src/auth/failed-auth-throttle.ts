import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { WindowCounter } from '../security/window-counter';
import { securityOf } from '../security/security-config';

/**
 * Failed authentications per client address (FAILED_AUTH_PER_MINUTE, 20 by default): the guard notes each one, and
 * the HTTP layer answers 429 to an address past the limit before it reaches authentication, so tokens cannot be
 * guessed at speed whatever header each guess carries.
 */
@Injectable()
export class FailedAuthThrottle {
  private readonly failures: WindowCounter;
  readonly enabled: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const perMinute = securityOf(config).failedAuthPerMinute;
    this.enabled = perMinute > 0;
    this.failures = new WindowCounter(perMinute);
  }

  failed(address: string): void {
    if (this.enabled) this.failures.add(address);
  }

  /** Seconds until the address may try again, or 0. */
  retryAfter(address: string): number {
    return this.enabled ? this.failures.retryAfter(address) : 0;
  }
}
