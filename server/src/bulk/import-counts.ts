/** What an import did, line by line and row by row. */
export interface ImportCounts {
  lines: number;
  accepted: number;
  rejected: number;
  /** Lines whose transfer or opt-out was already in the graph (a re-run). */
  alreadyPresent: number;
  peopleCreated: number;
  peopleUpdated: number;
  membershipsCreated: number;
  membershipsUpdated: number;
  transfersCreated: number;
  /** Person–transfer rows (INCLUDED_IN relationships) created. */
  transferPeopleCreated: number;
  optOutsCreated: number;
  requestsCreated: number;
  /** Every node and relationship row written. */
  rowsWritten: number;
}

export const zeroCounts = (): ImportCounts => ({
  lines: 0,
  accepted: 0,
  rejected: 0,
  alreadyPresent: 0,
  peopleCreated: 0,
  peopleUpdated: 0,
  membershipsCreated: 0,
  membershipsUpdated: 0,
  transfersCreated: 0,
  transferPeopleCreated: 0,
  optOutsCreated: 0,
  requestsCreated: 0,
  rowsWritten: 0,
});

/** Adds one batch's counts to the import's. */
export function addCounts(into: ImportCounts, from: ImportCounts): void {
  for (const key of Object.keys(from) as (keyof ImportCounts)[]) into[key] += from[key];
}
