import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { badInput } from '../common/app-error';
import { defaultWorkerCount, OrderedWorkerPool, workerModuleBeside } from '../common/ordered-workers';
import { CatalogService } from '../catalog/catalog.service';
import { GRAPH_STORE, type GraphStore } from '../graph/graph-store';
import { BulkRepository, type PeopleCursor, type PeopleFactsPage, type TransferWindow } from '../graph/repositories/bulk.repository';
import { FlowsRepository } from '../graph/repositories/flows.repository';
import { calendarYear } from '../rules/dates';
import { byName, REPORTABLE_USE } from '../rules/shine-the-light';
import { STL_CSV_HEADER, type StlPage, StlPageRenderer, type StlRunContext } from './stl-rows';

export { STL_CSV_HEADER, stlCsvLine, type ShineTheLightRow } from './stl-rows';

export interface ShineTheLightRunSummary {
  year: number;
  people: number;
  seconds: number;
  peakRssBytes: number;
  /** Worker threads that computed the rows (0: the main thread did). */
  workers: number;
}

export interface ShineTheLightRunOptions {
  pageSize?: number;
  /** Worker threads for the per-person rules; 0 computes on the main thread. Defaults to defaultWorkerCount(). */
  workers?: number;
  onPage?: (people: number) => void;
}

/** Renders a page's rows: on the main thread, or in a worker with the result awaited in page order. */
interface Rendering {
  render(page: StlPage): Promise<string>;
  close(): Promise<void>;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The annual Shine-the-Light run for every customer in one pass: people are read a page at a time with their
 * memberships, reportable transfers and opt-outs, and the rows of PRODUCT.md §3 are computed by the same rules as the
 * per-person report (stl-rows.ts) in worker threads and streamed out. Pages are handed to the workers in order and
 * their rows written in that order, so the output is byte for byte the one of a single-thread run. Neo4j writes the
 * rows in person-id order, the embedded engine in storage order.
 */
@Injectable()
export class ShineTheLightBulkService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly repo: BulkRepository,
    private readonly flows: FlowsRepository,
    private readonly catalogs: CatalogService,
  ) {}

  async run(year: number, out: Writable, options: ShineTheLightRunOptions = {}): Promise<ShineTheLightRunSummary> {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw badInput('year', 'must be a calendar year');
    const workers = options.workers ?? defaultWorkerCount();
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw badInput('workers', 'must be 0 to 64');
    const started = Date.now();
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
    sampler.unref();
    try {
      const people = await this.writeRows(year, out, workers, options);
      return { year, people, seconds: (Date.now() - started) / 1000, peakRssBytes: Math.max(peak, process.memoryUsage().rss), workers };
    } finally {
      clearInterval(sampler);
    }
  }

  /** Writes every customer's row; returns how many. */
  private async writeRows(year: number, out: Writable, workers: number, options: ShineTheLightRunOptions): Promise<number> {
    // The embedded engine reads a page in four scans whatever its size; Neo4j by key lookups, in smaller pages.
    const pageSize = options.pageSize ?? (this.graph.engine === 'embedded' ? 50_000 : 20_000);
    const period = calendarYear(year);
    const window: TransferWindow = { use: REPORTABLE_USE, periodStart: period.start, periodEnd: period.end };
    const { context, cursor } = await this.graph.read(async (tx) => {
      const catalog = await this.catalogs.load(tx);
      const run: StlRunContext = {
        year,
        period,
        categories: [...catalog.categories.values()].map((c) => ({ id: c.id, parentId: c.parentId, shineTheLight: [...c.shineTheLight] })),
        recipients: [...catalog.recipients.values()].sort(byName).map((r) => ({ id: r.id, name: r.name, class: r.class })),
        targetedAdvertising: [...catalog.purposes.values()].filter((p) => p.targetedAdvertising).map((p) => p.id),
        disclosures: await this.flows.disclosuresOverlapping(tx, REPORTABLE_USE, period.start, period.end),
      };
      return { context: run, cursor: await this.repo.firstPeopleCursor(tx) };
    });
    const write = async (text: string) => {
      if (text && !out.write(text)) await once(out, 'drain');
    };
    const rendering = renderingFor(context, workers);
    try {
      await write(STL_CSV_HEADER.join(',') + '\n');
      return await this.pipeline(cursor, pageSize, window, rendering, workers, write, options.onPage);
    } finally {
      await rendering.close();
    }
  }

  /**
   * Reads pages one after the other while up to `workers + 1` pages are being rendered, and writes the rendered
   * pages in reading order: memory holds a bounded number of pages whatever the count of people.
   */
  private async pipeline(
    cursor: PeopleCursor,
    pageSize: number,
    window: TransferWindow,
    rendering: Rendering,
    workers: number,
    write: (text: string) => Promise<void>,
    onPage?: (people: number) => void,
  ): Promise<number> {
    const inFlight: { people: number; rows: Promise<string> }[] = [];
    let people = 0;
    const writeOldest = async () => {
      const oldest = inFlight.shift();
      if (!oldest) return;
      await write(await oldest.rows);
      people += oldest.people;
      onPage?.(people);
    };
    try {
      for (let from: PeopleCursor | null = cursor; from;) {
        const page: PeopleFactsPage = await this.repo.peopleFactsPage(from, pageSize, window);
        from = page.next;
        const rows = rendering.render(page);
        rows.catch(() => undefined); // awaited in order by writeOldest; handled now so a later failure is not "unhandled"
        inFlight.push({ people: page.persons.length, rows });
        while (inFlight.length > workers) await writeOldest();
      }
      while (inFlight.length) await writeOldest();
    } finally {
      for (const pending of inFlight) pending.rows.catch(() => undefined);
    }
    return people;
  }
}

function renderingFor(context: StlRunContext, workers: number): Rendering {
  if (workers === 0) {
    const renderer = new StlPageRenderer(context);
    return { render: (page) => Promise.resolve(renderer.render(page)), close: () => Promise.resolve() };
  }
  const pool = OrderedWorkerPool.start<StlPage, string>(workerModuleBeside(__filename, 'stl-worker'), context, workers, isText);
  return {
    render: (page) =>
      pool.submit({ persons: page.persons, memberships: page.memberships, transfers: page.transfers, optOuts: page.optOuts }),
    close: () => pool.close(),
  };
}
