import { Module } from '@nestjs/common';
import { InventoryResolver } from './inventory.resolver';
import { InventoryService } from './inventory.service';

@Module({ providers: [InventoryService, InventoryResolver], exports: [InventoryService] })
export class InventoryModule {}
