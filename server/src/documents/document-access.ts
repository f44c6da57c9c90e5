import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, AppErrorCode } from '../common/app-error';
import type { Actor } from '../auth/actor';
import { isCalendarDate } from '../rules/dates';
import type { PersonRef } from '../people/dto/people.inputs';

const STATUS: Record<AppErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
};

/** The actor the guard authenticated. */
export function actorOf(req: Request): Actor {
  const actor = (req as Request & { actor?: Actor }).actor;
  if (!actor) throw new AppError(AppErrorCode.UNAUTHENTICATED, 'A valid bearer token is required');
  return actor;
}

/** Turns AppErrors (also the guard's) into JSON with their HTTP status. */
@Catch()
export class DocumentErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    sendError(host.switchToHttp().getResponse<Response>(), error);
  }
}

/**
 * `?person=` names a person by email (contains "@") or by external id; `?phone=` by phone number;
 * `?personId=` by the id the API gives people.
 */
export function personParam(value: unknown, personId?: unknown, phone?: unknown): PersonRef | null {
  if (typeof personId === 'string' && personId) return { id: personId };
  if (typeof phone === 'string' && phone) return { phone: phone.slice(0, 40) };
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || value.length > 320)
    throw new AppError(AppErrorCode.BAD_USER_INPUT, 'person: one email or externalId', 'person');
  return value.includes('@') ? { email: value } : { externalId: value };
}

/**
 * The query parameters a document route reads, each given once as plain text: anything else (`?person[]=a`, a
 * misspelt name, a repeated parameter) is refused rather than silently ignored, which would answer with another
 * document (the business-wide letter instead of a person's).
 */
export function checkQueryParameters(query: Request['query'], allowed: readonly string[]): void {
  for (const [name, value] of Object.entries(query)) {
    const field = name.slice(0, 40);
    if (!allowed.includes(name)) throw new AppError(AppErrorCode.BAD_USER_INPUT, `${field}: not a parameter of this document`, field);
    if (typeof value !== 'string') throw new AppError(AppErrorCode.BAD_USER_INPUT, `${field}: must be given once, as text`, field);
  }
}

/** `?asOf=` as a calendar date, or null when absent. */
export function dateParam(value: unknown, name = 'asOf'): string | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw new AppError(AppErrorCode.BAD_USER_INPUT, `${name}: must be a real calendar date written YYYY-MM-DD`, name);
  }
  return value;
}

/** Sends an AppError as JSON with its HTTP status; anything else is a 500 without internals. */
export function sendError(res: Response, error: unknown): void {
  if (error instanceof AppError) {
    Logger.debug(`${error.code}: ${error.message}`, 'Documents');
    res.status(STATUS[error.code]).json({ error: { code: error.code, message: error.message, field: error.field ?? null } });
    return;
  }
  Logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error), 'Documents');
  res.status(500).json({ error: { code: 'INTERNAL', message: 'The document could not be produced' } });
}

export const DOCUMENT_TYPES = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type DocumentFormat = keyof typeof DOCUMENT_TYPES;

export function sendDocument(res: Response, format: DocumentFormat, filename: string, body: string | Buffer): void {
  res.status(200);
  res.setHeader('content-type', DOCUMENT_TYPES[format]);
  res.setHeader('content-disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${filename}"`);
  res.setHeader('cache-control', 'no-store');
  res.send(body);
}
