import { Module } from '@nestjs/common';
import { UndeclaredResolver } from './undeclared.resolver';
import { UndeclaredService } from './undeclared.service';

@Module({ providers: [UndeclaredService, UndeclaredResolver] })
export class UndeclaredModule {}
