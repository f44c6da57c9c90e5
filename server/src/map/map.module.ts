import { Module } from '@nestjs/common';
import { MapResolver } from './map.resolver';
import { MapService } from './map.service';

@Module({ providers: [MapService, MapResolver] })
export class MapModule {}
