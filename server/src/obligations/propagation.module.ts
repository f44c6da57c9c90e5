import { Module } from '@nestjs/common';
import { LineageModule } from '../lineage/lineage.module';
import { PropagationPlanner } from './propagation-planner';

/** The propagation-plan computation, shared by the obligations API and respondToRequest. */
@Module({ imports: [LineageModule], providers: [PropagationPlanner], exports: [PropagationPlanner] })
export class PropagationModule {}
