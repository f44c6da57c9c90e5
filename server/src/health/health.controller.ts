import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/roles.decorator';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';

@Controller('health')
export class HealthController {
  constructor(@Inject(GRAPH_STORE) private readonly graph: GraphStore) {}

  /** {"status":"ok","engine":…}, or 503 when the graph does not answer within two seconds. */
  @Get()
  @Public()
  @HttpCode(200)
  async health(@Res({ passthrough: true }) res: Response) {
    const ok = await this.graph.ping(2_000);
    if (!ok) res.status(503);
    return { status: ok ? 'ok' : 'unavailable', engine: this.graph.engine };
  }
}
