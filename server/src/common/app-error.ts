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

export class AppError extends Error {
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
