import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { AuditedRead } from '../audit/audited.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { AppError, AppErrorCode } from '../common/app-error';
import { actorOf, checkQueryParameters, DocumentErrorFilter, sendDocument } from '../documents/document-access';
import { renderLetterHtml } from '../documents/render-html';
import { renderLetterPdf } from '../documents/render-pdf';
import type { ShineTheLightLetter } from '../documents/shine-the-light.letter';
import { ObligationsService } from './obligations.service';
import { renderRecordHtml, renderRecordPdf } from './render-record';

const REQUEST_FILE = /^(response|record)\.(html|pdf)$/;

/**
 * GET /requests/{id}/record.html|.pdf (LEGAL, Authorization header): the request and its notices as they stand.
 * GET /requests/{id}/response.html|.pdf (LEGAL, Authorization header): the Shine-the-Light letter frozen when the
 * request was answered, rendered from the stored letter with its dates pinned to the response date, so every
 * download is byte for byte the same, whatever was recorded since. Every fetch, allowed or refused, is audited as
 * `requestDocument` with its path.
 */
@Controller('requests')
@UseFilters(DocumentErrorFilter)
export class ObligationsController {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/:file')
  @AllowRoles('LEGAL')
  @AuditedRead('requestDocument')
  async document(@Param('id') id: string, @Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = REQUEST_FILE.exec(file);
    if (!match) throw new AppError(AppErrorCode.NOT_FOUND, 'file: expected response or record, .html or .pdf', 'file');
    checkQueryParameters(req.query, []);
    const format = match[2] === 'pdf' ? 'pdf' : 'html';
    if (match[1] === 'record') return this.record(id, format, req, res);
    const { view, letter } = await this.audit.audited(
      actorOf(req),
      'requestDocument',
      (r) => [req.path, r.view.id, r.view.personId],
      () => this.obligations.frozenLetter(id),
      [req.path, id],
    );
    if (!letter || !view.respondedOn)
      throw new AppError(AppErrorCode.NOT_FOUND, `id: request ${id} has no frozen answer (an answered Shine-the-Light request)`, 'id');
    const frozen = JSON.parse(letter) as ShineTheLightLetter;
    const body = format === 'html' ? renderLetterHtml(frozen) : await renderLetterPdf(frozen, new Date(`${view.respondedOn}T00:00:00Z`));
    sendDocument(res, format, `request-${id}-response.${format}`, body);
  }

  private async record(id: string, format: 'html' | 'pdf', req: Request, res: Response): Promise<void> {
    const { record } = await this.audit.audited(
      actorOf(req),
      'requestDocument',
      (r) => [req.path, r.view.id, r.view.personId],
      () => this.obligations.record(id),
      [req.path, id],
    );
    const body = format === 'html' ? renderRecordHtml(record) : await renderRecordPdf(record);
    sendDocument(res, format, `request-${id}-record.${format}`, body);
  }
}
