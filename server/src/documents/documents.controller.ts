import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { AuditedRead } from '../audit/audited.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AppError, AppErrorCode } from '../common/app-error';
import { actorOf, checkQueryParameters, dateParam, DocumentErrorFilter, personParam, sendDocument } from './document-access';
import { DocumentsService } from './documents.service';

const SHINE_THE_LIGHT_FILE = /^(\d{4})\.(html|pdf|csv)$/;
const GDPR_FILE = /^(record-of-processing|processors|recipients)\.(csv|xlsx)$/;

/**
 * GET /reports/shine-the-light/{year}.html|.pdf|.csv[?person=<email or externalId>][&inventoryAsOf=YYYY-MM-DD]
 * (bearer token in the Authorization header; never in the URL). The inventory is printed as recorded at the period's end unless inventoryAsOf says.
 */
@Controller('reports')
@UseFilters(DocumentErrorFilter)
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
  ) {}

  @Get('shine-the-light/:file')
  @AllowRoles('LEGAL')
  @AuditedRead('shineTheLightDocument')
  async shineTheLight(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = SHINE_THE_LIGHT_FILE.exec(file);
    if (!match) throw new AppError(AppErrorCode.NOT_FOUND, 'file: expected <year>.html, <year>.pdf or <year>.csv', 'file');
    checkQueryParameters(req.query, ['person', 'personId', 'phone', 'inventoryAsOf']);
    const year = Number(match[1]);
    const format = match[2] as 'html' | 'pdf' | 'csv';
    const person = personParam(req.query.person, req.query.personId, req.query.phone);
    const inventoryAsOf = dateParam(req.query.inventoryAsOf, 'inventoryAsOf');
    const { report, body } = await this.audit.audited(
      actorOf(req),
      'shineTheLightDocument',
      (r) => [req.path, ...(r.report.person ? [r.report.person.id] : [])],
      () => this.documents.shineTheLight(year, person, format, inventoryAsOf),
      [req.path, ...this.audit.personTargets(person)],
    );
    const suffix = report.person ? `-${report.person.id}` : '';
    sendDocument(res, format, `shine-the-light-${year}${suffix}.${format}`, body);
  }

  /**
   * GET /reports/gdpr/record-of-processing|processors.csv|.xlsx[?asOf=][&inventoryAsOf=],
   * /reports/gdpr/recipients.csv|.xlsx?person=
   */
  @Get('gdpr/:file')
  @AllowRoles('LEGAL')
  @AuditedRead('gdprDocument')
  async gdpr(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = GDPR_FILE.exec(file);
    if (!match)
      throw new AppError(AppErrorCode.NOT_FOUND, 'file: expected record-of-processing, processors or recipients .csv or .xlsx', 'file');
    checkQueryParameters(req.query, ['asOf', 'inventoryAsOf', 'person', 'personId', 'phone']);
    const kind = match[1] as 'record-of-processing' | 'processors' | 'recipients';
    const format = match[2] as 'csv' | 'xlsx';
    const asOf = dateParam(req.query.asOf);
    const inventoryAsOf = dateParam(req.query.inventoryAsOf, 'inventoryAsOf');
    const person = kind === 'recipients' ? personParam(req.query.person, req.query.personId, req.query.phone) : null;
    const { body } = await this.audit.audited(
      actorOf(req),
      'gdprDocument',
      (r) => [req.path, ...(r.personId ? [r.personId] : [])],
      () => {
        if (kind === 'recipients' && !person)
          throw new AppError(AppErrorCode.BAD_USER_INPUT, 'person: required (an email or externalId)', 'person');
        return this.documents.gdpr(kind, format, asOf, person, kind === 'recipients' ? null : inventoryAsOf);
      },
      [req.path, ...this.audit.personTargets(person)],
    );
    sendDocument(res, format, `${kind}${asOf ? `-${asOf}` : ''}.${format}`, body);
  }
}
