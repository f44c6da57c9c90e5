export type UndeclaredReason = 'NO_DISCLOSURE_IN_FORCE' | 'USE_NOT_DECLARED' | 'CATEGORY_NOT_DECLARED' | 'PURPOSE_NOT_DECLARED';

export interface UndeclaredTransfer {
  transfer: {
    id: string;
    occurredOn: string;
    use: string;
    recipient: { id: string; name: string };
    categories: { id: string; name: string }[];
    purposes: { id: string; name: string }[];
  };
  reasons: UndeclaredReason[];
  uncoveredCategories: { id: string; name: string }[];
}

export interface UndeclaredResult {
  undeclaredTransfers: UndeclaredTransfer[];
}

export const UNDECLARED_QUERY = /* GraphQL */ `
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
`;

/** One sentence per reason, as legal reads it (PRODUCT.md §8). */
export const UNDECLARED_REASON_LABELS: Record<UndeclaredReason, string> = {
  NO_DISCLOSURE_IN_FORCE: 'No disclosure to this recipient was in force that day',
  USE_NOT_DECLARED: 'No disclosure in force declares this use',
  CATEGORY_NOT_DECLARED: 'Categories no disclosure with this use declares',
  PURPOSE_NOT_DECLARED: 'Purposes no disclosure with this use declares',
};
