import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { AllowRoles } from '../auth/roles.decorator';
import { AppError, AppErrorCode } from '../common/app-error';
import { actorOf, DocumentErrorFilter, sendDocument } from '../documents/document-access';
import { renderLetterHtml } from '../documents/render-html';
import { renderLetterPdf } from '../documents/render-pdf';
import type { ShineTheLightLetter } from '../documents/shine-the-light.letter';
import { ObligationsService } from './obligations.service';

const RESPONSE_FILE = /^response\.(html|pdf)$/;

/**
 * GET /requests/{id}/response.html|.pdf (LEGAL, Authorization header): the Shine-the-Light letter frozen when the
 * request was answered, rendered from the stored letter with its dates pinned to the response date, so every
 * download is byte for byte the same, whatever was recorded since.
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
  async response(@Param('id') id: string, @Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const match = RESPONSE_FILE.exec(file);
    if (!match) throw new AppError(AppErrorCode.NOT_FOUND, 'file: expected response.html or response.pdf', 'file');
    const format = match[1] === 'pdf' ? 'pdf' : 'html';
    const { view, letter } = await this.audit.audited(
      actorOf(req),
      'requestResponseDocument',
      (r) => [r.view.id, r.view.personId],
      () => this.obligations.frozenLetter(id),
    );
    if (!letter || !view.respondedOn)
      throw new AppError(AppErrorCode.NOT_FOUND, `id: request ${id} has no frozen answer (an answered Shine-the-Light request)`, 'id');
    const frozen = JSON.parse(letter) as ShineTheLightLetter;
    const body = format === 'html' ? renderLetterHtml(frozen) : await renderLetterPdf(frozen, new Date(`${view.respondedOn}T00:00:00Z`));
    sendDocument(res, format, `request-${id}-response.${format}`, body);
  }
}
