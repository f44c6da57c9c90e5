import { once } from 'node:events';
import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { AuditedRead } from '../audit/audited.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AppError, AppErrorCode } from '../common/app-error';
import { BreachService } from '../incidents/breach.service';
import type { BreachInput } from '../incidents/dto/breach.input';
import { csvLine, SLUG_PATTERN } from '@disclosure-map/graph-schema';
import { actorOf, checkQueryParameters, dateParam, DocumentErrorFilter, DOCUMENT_TYPES } from './document-access';

export const NOTICE_LIST_HEADER = ['display', 'personId', 'categories', 'californiaNotice'];

const idParam = (value: unknown, name: string): string | null => {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !SLUG_PATTERN.test(value))
    throw new AppError(AppErrorCode.BAD_USER_INPUT, `${name}: must be an id`, name);
  return value;
};

const requiredDate = (value: unknown, name: string): string => {
  const date = dateParam(value, name);
  if (date === null) throw new AppError(AppErrorCode.BAD_USER_INPUT, `${name}: required`, name);
  return date;
};

/**
 * GET /incidents/notice-list.csv?recipientId=|systemId=&from=&to=&discoveredOn= (Authorization header only): every
 * person a breach reached, for the mailing house — masked display, person id, categories (by name, "|"-joined),
 * California notice yes/no. Streamed a page of people at a time, so a million rows never sit in memory.
 */
@Controller('incidents')
@UseFilters(DocumentErrorFilter)
export class NoticeListController {
  constructor(
    private readonly breaches: BreachService,
    private readonly audit: AuditService,
  ) {}

  @Get('notice-list.csv')
  @AllowRoles('LEGAL')
  @AuditedRead('breachNoticeList')
  async noticeList(@Req() req: Request, @Res() res: Response): Promise<void> {
    checkQueryParameters(req.query, ['recipientId', 'systemId', 'from', 'to', 'discoveredOn']);
    const input: BreachInput = {
      recipientId: idParam(req.query.recipientId, 'recipientId'),
      systemId: idParam(req.query.systemId, 'systemId'),
      from: requiredDate(req.query.from, 'from'),
      to: requiredDate(req.query.to, 'to'),
      discoveredOn: requiredDate(req.query.discoveredOn, 'discoveredOn'),
    };
    // Audited (refused callers too, by the guard) when the list is looked up, before the first byte goes out (the file itself may be long).
    const plan = await this.audit.audited(
      actorOf(req),
      'breachNoticeList',
      () => [req.path, input.recipientId ?? input.systemId ?? ''],
      () => this.breaches.plan(input),
      [req.path, input.recipientId ?? input.systemId ?? ''],
    );
    res.status(200);
    res.setHeader('content-type', DOCUMENT_TYPES.csv);
    res.setHeader('content-disposition', `attachment; filename="notice-list-${input.recipientId ?? input.systemId ?? ''}.csv"`);
    res.setHeader('cache-control', 'no-store');
    const write = async (text: string) => {
      if (!res.write(text)) await once(res, 'drain');
    };
    try {
      await write(csvLine(NOTICE_LIST_HEADER) + '\r\n');
      for await (const people of this.breaches.affectedPeople(plan)) {
        let text = '';
        for (const a of people) {
          const categories = plan.catalog.categoriesByName(a.categoryIds).map((c) => c.name);
          text += csvLine([a.person.display, a.person.id, categories.join('|'), a.californiaNotice ? 'yes' : 'no']) + '\r\n';
        }
        if (text) await write(text);
      }
      res.end();
    } catch {
      // The header is already sent: cut the connection so a truncated file cannot pass for a complete one.
      res.destroy();
    }
  }
}
