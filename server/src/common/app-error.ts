import { IntrinsicException } from '@nestjs/common';

/**
 * The error codes clients see in `extensions.code` (PRODUCT.md §5). Each module
 * throws AppError (or a subclass of its own); graphql-errors.ts maps them.
 */
export enum AppErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  UNAVAILABLE = 'UNAVAILABLE',
}

/**
 * A domain error: the client's (bad input, not found, refused) or a known condition (unavailable). Nest's
 * IntrinsicException keeps its exception handler from logging each one at ERROR with a stack; graphql-errors.ts
 * logs it once, quietly.
 */
export class AppError extends IntrinsicException {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** The offending input field, e.g. "validTo" or "categoryIds[1]". */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (field: string, problem: string) => new AppError(AppErrorCode.BAD_USER_INPUT, `${field}: ${problem}`, field);
export const notFound = (field: string, what: string) => new AppError(AppErrorCode.NOT_FOUND, `${field}: ${what}`, field);
export const conflictOn = (field: string, problem: string) => new AppError(AppErrorCode.CONFLICT, `${field}: ${problem}`, field);
