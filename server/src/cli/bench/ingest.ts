/** The benchmark's ingest: the synthetic inventory in parts, then the people and transfer files through the importer. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../app.module';
import { BulkImportService, type ImportSummary } from '../../bulk/bulk-import.service';
import type { AppConfig } from '../../config/app-config';
import { INVENTORY_SECTIONS } from '../../inventory-file/inventory-plan';
import type { SeedDocument } from '../../seed/seed-document';
import { SeedService } from '../../seed/seed.service';

export interface IngestResult {
  inventorySeconds: number;
  people: ImportSummary;
  transfers: ImportSummary;
  transferPeopleRowsPerSecond: number;
  peopleFileRowsPerSecond: number;
}

export interface SynthFiles {
  inventory: string;
  people: string;
  transfers: string;
}

export async function ingest(config: AppConfig, files: SynthFiles, log: (s: string) => void): Promise<IngestResult> {
  const app = await NestFactory.createApplicationContext(AppModule.forConfig(config), { logger: ['warn', 'error'] });
  try {
    const t0 = Date.now();
    const seeds = app.get(SeedService);
    // The inventory is loaded once per engine and data directory (it is not what the ingest figure measures).
    const inventoryDone = join(config.dataDir, '..', `${config.engine}.inventory.json`);
    let inventorySeconds: number;
    if (existsSync(inventoryDone)) inventorySeconds = secondsIn(readFileSync(inventoryDone, 'utf8'));
    else {
      for (const part of inventoryParts(seeds.readDocument(files.inventory))) await seeds.load(part);
      inventorySeconds = (Date.now() - t0) / 1000;
      writeFileSync(inventoryDone, JSON.stringify({ seconds: inventorySeconds }));
    }
    log(`  inventory loaded in ${inventorySeconds.toFixed(1)} s`);
    const imports = app.get(BulkImportService);
    const people = await imports.importFile(files.people, { progress: true, rejectsFile: null });
    log(`  people: ${people.rowsWritten} rows in ${people.seconds.toFixed(1)} s (${Math.round(people.rowsPerSecond)} rows/s)`);
    const transfers = await imports.importFile(files.transfers, { progress: true, rejectsFile: null });
    log(
      `  transfers: ${transfers.transferPeopleCreated} transfer-person rows in ${transfers.seconds.toFixed(1)} s ` +
        `(${Math.round(transfers.transferPeoplePerSecond)} rows/s)`,
    );
    if (people.rejected || transfers.rejected) throw new Error(`synthetic data rejected: ${people.rejected + transfers.rejected} line(s)`);
    return {
      inventorySeconds,
      people,
      transfers,
      transferPeopleRowsPerSecond: transfers.transferPeoplePerSecond,
      peopleFileRowsPerSecond: people.rowsPerSecond,
    };
  } finally {
    await app.close();
  }
}

function secondsIn(json: string): number {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed === 'object' && parsed !== null && 'seconds' in parsed && typeof parsed.seconds === 'number') return parsed.seconds;
  return 0;
}

/** The inventory in units of work of at most 250 items (one huge transaction can exceed a server's transaction timeout). */
function inventoryParts(doc: SeedDocument): SeedDocument[] {
  const parts: SeedDocument[] = [];
  for (const key of INVENTORY_SECTIONS) {
    const items = (doc[key] ?? []) as unknown[];
    for (let i = 0; i < items.length; i += 250) parts.push({ version: 1, [key]: items.slice(i, i + 250) });
  }
  return parts;
}

/** An ingest result saved by an earlier run (bench/data/…/<engine>.imported.json), or null when it is not one. */
export function savedIngest(json: string): IngestResult | null {
  const parsed: unknown = JSON.parse(json);
  return isIngestResult(parsed) ? parsed : null;
}

function isIngestResult(x: unknown): x is IngestResult {
  return (
    typeof x === 'object' &&
    x !== null &&
    'transferPeopleRowsPerSecond' in x &&
    typeof x.transferPeopleRowsPerSecond === 'number' &&
    'peopleFileRowsPerSecond' in x &&
    typeof x.peopleFileRowsPerSecond === 'number' &&
    'people' in x &&
    typeof x.people === 'object' &&
    'transfers' in x &&
    typeof x.transfers === 'object'
  );
}
