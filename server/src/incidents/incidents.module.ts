import { Module } from '@nestjs/common';
import { BreachResolver } from './breach.resolver';
import { BreachService } from './breach.service';

@Module({ providers: [BreachService, BreachResolver], exports: [BreachService] })
export class IncidentsModule {}
