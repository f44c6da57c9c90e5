import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService, outcomeOf } from '../audit/audit.service';
import { AuditedRead } from '../audit/audited.decorator';
import { AllowRoles } from '../auth/roles.decorator';
import { actorOf, checkQueryParameters, DocumentErrorFilter, sendError } from '../documents/document-access';
import { PortabilityService } from './portability.service';

/**
 * GET /admin/export (ADMIN, `Authorization: Bearer …` only: an archive holds every person, so no `?token=` link):
 * the whole graph as an archive, streamed as it is read. `npm run export -- --server URL --token T` calls it, because
 * the embedded engine admits one process per data directory. Every export, allowed or refused, is audited.
 */
@Controller('admin')
@UseFilters(DocumentErrorFilter)
export class PortabilityController {
  constructor(
    private readonly portability: PortabilityService,
    private readonly audit: AuditService,
  ) {}

  @Get('export')
  @AllowRoles('ADMIN')
  @AuditedRead('exportArchive')
  async export(@Req() req: Request, @Res() res: Response): Promise<void> {
    checkQueryParameters(req.query, []);
    const actor = actorOf(req);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res.setHeader('content-type', 'application/gzip');
    res.setHeader('content-disposition', `attachment; filename="disclosure-map-${stamp}.ndjson.gz"`);
    res.setHeader('cache-control', 'no-store');
    // Headers out at once: a long export is a stream, not a request the REQUEST_TIMEOUT_MS guard should answer 503.
    res.flushHeaders();
    // The archive goes through a pass-through that does not end the response: the response ends only once the
    // export's audit entry is durable, so a client that has the whole archive can rely on its audit entry (as for
    // every other answer).
    const body = new PassThrough();
    body.pipe(res, { end: false });
    // A client that goes away mid-archive stops being read; without this the export would wait for it forever,
    // holding its read unit of work open. Ending the body with an error ends the export and its unit of work.
    res.on('close', () => {
      if (!res.writableFinished) body.destroy(new Error('the client closed the connection before the archive was complete'));
    });
    const handedOver = once(body, 'end');
    handedOver.catch(() => undefined); // awaited below; a failed export destroys the body
    try {
      await this.portability.exportTo(body);
      await handedOver;
      await this.audit.record(actor, 'exportArchive', [req.path], 'OK');
      res.end();
    } catch (error) {
      await this.audit.record(actor, 'exportArchive', [req.path], outcomeOf(error)).catch(() => undefined);
      // Once bytes are out the status cannot change: the cut stream has no manifest, which the CLI detects.
      if (!res.headersSent) sendError(res, error);
      else res.destroy();
    }
  }
}
