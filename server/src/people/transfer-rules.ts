import type { ReferenceCheck } from '../common/references';

/** The inventory a transfer names, checked in this order by the API (recordTransfer) and the importer alike. */
export const transferReferences = (t: {
  recipientId: string;
  categoryIds: readonly string[];
  purposeIds?: readonly string[] | null;
}): (ReferenceCheck & { label: 'Recipient' | 'DataCategory' | 'Purpose' })[] => [
  { field: 'recipientId', label: 'Recipient', ids: t.recipientId },
  { field: 'categoryIds', label: 'DataCategory', ids: t.categoryIds },
  { field: 'purposeIds', label: 'Purpose', ids: t.purposeIds },
];
