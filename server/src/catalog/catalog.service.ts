import { Injectable } from '@nestjs/common';
import type { GraphTx } from '../graph/graph-store';
import { InventoryRepository } from '../graph/repositories/inventory.repository';
import { RecipientsRepository } from '../graph/repositories/recipients.repository';
import { Catalog } from './catalog';

@Injectable()
export class CatalogService {
  constructor(
    private readonly inventory: InventoryRepository,
    private readonly recipients: RecipientsRepository,
  ) {}

  async load(tx: GraphTx): Promise<Catalog> {
    const categories = await this.inventory.listCategories(tx);
    const purposes = await this.inventory.list(tx, 'Purpose');
    const sources = await this.inventory.list(tx, 'Source');
    const segments = await this.inventory.list(tx, 'Segment');
    const systems = await this.inventory.list(tx, 'System');
    const clauses = await this.inventory.list(tx, 'PolicyClause');
    const recipients = await this.recipients.list(tx, null);
    return new Catalog({
      categories: categories.map((c) => ({
        ...c,
        sensitive: c.sensitive ?? false,
        shineTheLight: (c.shineTheLight ?? []) as never[],
        ccpa: (c.ccpa ?? []) as never[],
      })),
      purposes: purposes.map((p) => ({
        ...p,
        directMarketing: p.directMarketing ?? false,
        targetedAdvertising: p.targetedAdvertising ?? false,
      })),
      sources: sources.map((s) => ({ ...s, kind: s.kind as never })),
      segments,
      systems,
      clauses,
      recipients: recipients.map((r) => ({ ...r, class: r.class as never, productsMarketed: r.productsMarketed ?? [] })),
    });
  }
}
