import { Controller, Get, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { bearerMatches } from './metrics-access';
import { MetricsService } from './metrics.service';
import { observabilityOf } from './observability-config';

/**
 * /metrics on the main port: only with METRICS_TOKEN set (otherwise 404, as if absent), and only for
 * `Authorization: Bearer <METRICS_TOKEN>` (otherwise 401). API tokens do not open it: a scraper needs no role.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  @Get()
  @Public()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    const { metricsToken } = observabilityOf(this.config);
    if (!metricsToken) throw new NotFoundException();
    if (!bearerMatches(req.headers.authorization, metricsToken)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').json({ message: 'A valid metrics token is required' });
      return;
    }
    res.setHeader('Content-Type', this.metrics.contentType);
    res.send(await this.metrics.scrape());
  }
}
