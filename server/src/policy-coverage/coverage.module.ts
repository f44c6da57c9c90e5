import { Module } from '@nestjs/common';
import { CoverageResolver } from './coverage.resolver';
import { CoverageService } from './coverage.service';

@Module({ providers: [CoverageService, CoverageResolver] })
export class CoverageModule {}
