/**
 * A person's line of the transfer ledger: the INCLUDED_IN relationship with a copy of its transfer's facts
 * (see its declaration in graph-schema). Every writer of INCLUDED_IN sets the same properties from the same names.
 */
export const LEDGER_LINE_FIELDS =
  'transferId: $transferId, occurredOn: $occurredOn, use: $use, recipientId: $recipientId, ' +
  'categoryIdList: $categoryIdList, purposeIdList: $purposeIdList';

/** The same properties taken from each row of an UNWIND (`row.transferId`, …). */
export const LEDGER_LINE_ROW_FIELDS = LEDGER_LINE_FIELDS.replace(/\$/g, 'row.');

/** Ids are slugs, so "|" never occurs in one. */
const SEPARATOR = '|';
export const joinIds = (ids: readonly string[]): string => ids.join(SEPARATOR);
export const splitIds = (list: string | null): string[] => (list ? list.split(SEPARATOR) : []);

/** A type alias, not an interface: Cypher parameters need its implicit index signature. */
export type LedgerLine = {
  transferId: string;
  occurredOn: string;
  use: string;
  recipientId: string;
  categoryIdList: string;
  purposeIdList: string;
};

export const ledgerLineParams = (t: {
  id: string;
  occurredOn: string;
  use: string;
  recipientId: string;
  categoryIds: readonly string[];
  purposeIds: readonly string[];
}): LedgerLine => ({
  transferId: t.id,
  occurredOn: t.occurredOn,
  use: t.use,
  recipientId: t.recipientId,
  categoryIdList: joinIds(t.categoryIds),
  purposeIdList: joinIds(t.purposeIds),
});
