import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { OPT_OUT_SCOPES, SHINE_THE_LIGHT_CATEGORIES, type DisclosureUse, type RecipientClass } from '@disclosure-map/graph-schema';
import type { SeedDocument } from '../seed/seed-document';

/** The size of a synthetic company. */
export interface SynthOptions {
  people: number;
  /** Person–transfer rows (each person a transfer names counts once). */
  transfers: number;
  seed: number;
  /** Recipients; thousands by default. */
  recipients?: number;
}

export interface SynthFiles {
  dir: string;
  inventory: string;
  people: string;
  transfers: string;
}

/** mulberry32: a small, fast PRNG; the same seed gives the same company. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const START = Date.UTC(2023, 0, 1);
const SPAN_DAYS = Math.round((Date.UTC(2025, 11, 31) - START) / DAY); // transfers over three years

export const externalIdOf = (n: number) => `cust-${String(n).padStart(8, '0')}`;

const WORDS = ['Atlas', 'Beacon', 'Cobalt', 'Delta', 'Ember', 'Fable', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kestrel', 'Lumen'];
const TRADES = ['Analytics', 'Media', 'Payments', 'Logistics', 'Marketing', 'Cloud', 'Insights', 'Retail', 'Data', 'Mail'];
const CLASS_WEIGHTS: [RecipientClass, number][] = [
  ['PROCESSOR', 0.45],
  ['THIRD_PARTY', 0.25],
  ['AFFILIATE', 0.1],
  ['CUSTOMER', 0.1],
  ['ACQUIRER', 0.05],
  ['AUTHORITY', 0.05],
];
const USES_BY_CLASS: Record<RecipientClass, DisclosureUse[]> = {
  PROCESSOR: ['ON_OUR_BEHALF'],
  THIRD_PARTY: ['OWN_DIRECT_MARKETING', 'OWN_OTHER_USE'],
  AFFILIATE: ['ON_OUR_BEHALF', 'OWN_DIRECT_MARKETING'],
  CUSTOMER: ['OWN_DIRECT_MARKETING', 'OWN_OTHER_USE'],
  ACQUIRER: ['CORPORATE_TRANSACTION'],
  AUTHORITY: ['LEGAL_OBLIGATION'],
};

/** The inventory: hundreds of categories in a hierarchy, thousands of recipients over all classes, disclosures with validity windows. */
export function synthInventory(options: SynthOptions): SeedDocument & { disclosures: NonNullable<SeedDocument['disclosures']> } {
  const rnd = prng(options.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const n = min + Math.floor(rnd() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const codes = SHINE_THE_LIGHT_CATEGORIES.map((c) => c.code);
  const categories: NonNullable<SeedDocument['categories']> = [];
  for (let p = 0; p < 30; p++) {
    const parent = `cat-${p}`;
    categories.push({ id: parent, name: `Category group ${p}`, shineTheLight: [pick(codes)] });
    for (let c = 0; c < 10; c++) {
      categories.push({ id: `${parent}-${c}`, name: `Category ${p}.${c}`, parentId: parent, shineTheLight: some(codes, 0, 2) });
    }
  }
  const leafCategories = categories.filter((c) => c.parentId).map((c) => c.id);
  const purposes = Array.from({ length: 40 }, (_, i) => ({
    id: `purpose-${i}`,
    name: `Purpose ${i}`,
    directMarketing: i % 5 === 0,
    targetedAdvertising: i % 7 === 0,
  }));
  const sources = Array.from({ length: 20 }, (_, i) => ({
    id: `source-${i}`,
    name: `Source ${i}`,
    kind: pick(['DIRECT', 'AUTOMATIC', 'THIRD_PARTY', 'PUBLIC'] as const),
  }));
  const segments = Array.from({ length: 200 }, (_, i) => ({ id: `segment-${i}`, name: `Segment ${i}` }));
  const systems = Array.from({ length: 30 }, (_, i) => ({ id: `system-${i}`, name: `System ${i}`, owner: 'IT', country: 'US' }));
  const recipientCount = options.recipients ?? 2000;
  const recipients = Array.from({ length: recipientCount }, (_, i) => {
    let r = rnd();
    const cls = CLASS_WEIGHTS.find(([, w]) => (r -= w) < 0)?.[0] ?? 'PROCESSOR';
    return {
      id: `recipient-${i}`,
      name: `${pick(WORDS)} ${pick(TRADES)} ${i}`,
      class: cls,
      legalName: `${pick(WORDS)} ${pick(TRADES)} ${i} Inc.`,
      address: `${100 + i} Market Street, San Francisco, CA 94105`,
      country: 'US',
      natureOfBusiness: `${pick(TRADES)} services`,
      productsMarketed: cls === 'THIRD_PARTY' || cls === 'CUSTOMER' ? some(['subscriptions', 'travel', 'insurance', 'apparel'], 1, 2) : [],
    };
  });
  const collections = Array.from({ length: 50 }, (_, i) => ({
    id: `collection-${i}`,
    sourceId: pick(sources).id,
    categoryIds: some(leafCategories, 1, 4),
    segmentIds: some(
      segments.map((s) => s.id),
      1,
      3,
    ),
    purposeIds: some(
      purposes.map((p) => p.id),
      1,
      3,
    ),
    systemIds: some(
      systems.map((s) => s.id),
      1,
      2,
    ),
    validFrom: '2020-01-01',
  }));
  const disclosures = recipients.map((r, i) => {
    const from = Date.UTC(2020, 0, 1) + Math.floor(rnd() * 4 * 365) * DAY;
    const ended = rnd() < 0.25;
    return {
      id: `disclosure-${i}`,
      recipientId: r.id,
      categoryIds: some([...leafCategories, ...categories.filter((c) => !c.parentId).map((c) => c.id)], 1, 4),
      segmentIds: some(
        segments.map((s) => s.id),
        1,
        2,
      ),
      purposeIds: some(
        purposes.map((p) => p.id),
        1,
        2,
      ),
      use: pick(USES_BY_CLASS[r.class]),
      validFrom: isoDay(from),
      validTo: ended ? isoDay(from + (180 + Math.floor(rnd() * 900)) * DAY) : null,
    };
  });
  return {
    version: 1,
    categories,
    purposes,
    sources,
    segments,
    systems,
    recipients,
    collections,
    disclosures,
  };
}

async function lines(path: string, produce: (emit: (obj: unknown) => Promise<void>) => Promise<void>): Promise<void> {
  const out = createWriteStream(path);
  let buffer = '';
  await produce(async (obj) => {
    buffer += JSON.stringify(obj) + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  });
  out.end(buffer);
  await once(out, 'finish');
}

/**
 * Writes a reproducible company to `dir`: inventory.json (a seed document),
 * people.ndjson (people with segment memberships, then opt-outs at ~3 %) and
 * transfers.ndjson (transfers following the declared disclosures, over three
 * years, each naming 5–40 people by externalId). Streams: constant memory.
 */
export async function writeSynthCompany(dir: string, options: SynthOptions): Promise<SynthFiles> {
  mkdirSync(dir, { recursive: true });
  const inventory = synthInventory(options);
  const files: SynthFiles = {
    dir,
    inventory: join(dir, 'inventory.json'),
    people: join(dir, 'people.ndjson'),
    transfers: join(dir, 'transfers.ndjson'),
  };
  writeFileSync(files.inventory, JSON.stringify(inventory));
  const segmentIds = (inventory.segments ?? []).map((s) => s.id);
  const rnd = prng(options.seed + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  await lines(files.people, async (emit) => {
    for (let n = 0; n < options.people; n++) {
      const since = START - Math.floor(rnd() * 5 * 365) * DAY;
      const memberships = [...new Set([pick(segmentIds), pick(segmentIds), ...(rnd() < 0.5 ? [pick(segmentIds)] : [])])].map(
        (segmentId) => {
          const from = since + Math.floor(rnd() * 365) * DAY;
          return { segmentId, since: isoDay(from), until: rnd() < 0.2 ? isoDay(from + (90 + Math.floor(rnd() * 900)) * DAY) : null };
        },
      );
      await emit({
        kind: 'person',
        externalId: externalIdOf(n),
        ...(rnd() < 0.6 ? { email: `user${n}@example.com` } : {}),
        ...(rnd() < 0.3 ? { phone: `+1 415 ${String(n).padStart(7, '0')}` } : {}),
        californiaResident: rnd() < 0.7,
        relationshipSince: isoDay(since),
        lastPurchaseOn: rnd() < 0.9 ? isoDay(START + Math.floor(rnd() * SPAN_DAYS) * DAY) : null,
        memberships,
      });
    }
    for (let n = 0; n < options.people; n++) {
      if (rnd() >= 0.03) continue;
      await emit({
        kind: 'optOut',
        person: { externalId: externalIdOf(n) },
        scope: pick(OPT_OUT_SCOPES),
        effectiveOn: isoDay(START + Math.floor(rnd() * SPAN_DAYS) * DAY),
        channel: pick(['web form', 'email', 'phone']),
      });
    }
  });
  const flows = inventory.disclosures;
  await lines(files.transfers, async (emit) => {
    let written = 0;
    let t = 0;
    while (written < options.transfers) {
      const d = pick(flows);
      const size = Math.min(5 + Math.floor(rnd() * 36), options.transfers - written);
      const people = new Set<number>();
      while (people.size < Math.min(size, options.people)) people.add(Math.floor(rnd() * options.people));
      await emit({
        kind: 'transfer',
        id: `transfer-${options.seed}-${t++}`,
        recipientId: d.recipientId,
        categoryIds: d.categoryIds.slice(0, 1 + Math.floor(rnd() * d.categoryIds.length)),
        purposeIds: d.purposeIds,
        use: d.use,
        occurredOn: isoDay(START + Math.floor(rnd() * SPAN_DAYS) * DAY),
        people: [...people].map((p) => ({ externalId: externalIdOf(p) })),
      });
      written += people.size;
    }
  });
  return files;
}
