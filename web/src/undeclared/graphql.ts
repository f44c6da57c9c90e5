import { graphql } from '../api/generated';
import type { UndeclaredReason, UndeclaredTransfersQuery } from '../api/generated/graphql';

export type UndeclaredTransfer = UndeclaredTransfersQuery['undeclaredTransfers'][number];

export const UNDECLARED_QUERY = graphql(`
  query UndeclaredTransfers($from: Date, $to: Date) {
    undeclaredTransfers(from: $from, to: $to) {
      transfer {
        id
        occurredOn
        use
        recipient {
          id
          name
        }
        categories {
          id
          name
        }
        purposes {
          id
          name
        }
      }
      reasons
      uncoveredCategories {
        id
        name
      }
    }
  }
`);

/** One sentence per reason, as legal reads it (PRODUCT.md §8). */
export const UNDECLARED_REASON_LABELS: Record<UndeclaredReason, string> = {
  NO_DISCLOSURE_IN_FORCE: 'No disclosure to this recipient was in force that day',
  USE_NOT_DECLARED: 'No disclosure in force declares this use',
  CATEGORY_NOT_DECLARED: 'Categories no disclosure with this use declares',
  PURPOSE_NOT_DECLARED: 'Purposes no disclosure with this use declares',
};
