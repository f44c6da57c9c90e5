import type { AppError } from '../common/app-error';
import type { GraphTx } from '../graph/graph-store';
import { PersonNotFoundError } from '../people/person-rules';
import type { RequestInput } from '../requests/dto/request.inputs';
import type { RequestsService } from '../requests/requests.service';

/** A request line of a bulk file, resolved to its person (or not found), in line order. */
export interface ResolvedRequestLine {
  line: number;
  input: RequestInput;
  personId: string | undefined;
}

/**
 * Records the batch's requests through the same rule as recordRequest (deadline, designated channel, repeat in
 * the calendar year), in the batch's unit of work, after its people are written. An id derived from the
 * content makes a re-run find the request it recorded the first time.
 */
export async function recordRequestLines(
  tx: GraphTx,
  lines: readonly ResolvedRequestLine[],
  requests: RequestsService,
  idOf: (personId: string, input: RequestInput) => string,
  reject: (line: number, error: AppError) => void,
): Promise<{ created: number; alreadyPresent: number }> {
  let created = 0;
  let alreadyPresent = 0;
  for (const { line, input, personId } of lines) {
    if (!personId) {
      reject(line, new PersonNotFoundError('person'));
      continue;
    }
    const id = idOf(personId, input);
    if (await requests.exists(tx, id)) {
      alreadyPresent += 1;
      continue;
    }
    await requests.recordRequestIn(tx, { ...input, person: { id: personId } }, id);
    created += 1;
  }
  return { created, alreadyPresent };
}
