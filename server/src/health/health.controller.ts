import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/roles.decorator';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { BackupService } from '../portability/backup.service';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly backups: BackupService,
  ) {}

  /**
   * {"status":"ok","engine":…}, or 503 when the graph does not answer within two seconds. With scheduled backups,
   * `backup` tells the last one's time and outcome (null before the first); a failed backup does not make the server
   * unhealthy (it still serves), but a monitor sees it here (the reason is in the server's log, not on this public route).
   */
  @Get()
  @Public()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response) {
    const ok = await this.graph.ping(2_000);
    if (!ok) res.status(503);
    const status = { status: ok ? 'ok' : 'unavailable', engine: this.graph.engine };
    if (!this.backups.enabled) return status;
    const last = this.backups.last;
    return { ...status, backup: last && { lastAt: last.at, outcome: last.outcome } };
  }
}
