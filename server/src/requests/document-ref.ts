import { badInput } from '../common/app-error';

export const MAX_DOCUMENT_REF_LENGTH = 500;

/** The product's own documents a response may point at (the Requests page renders the reference as a link). */
const DOCUMENT_PATHS = [
  /^\/reports\/shine-the-light\/\d{4}\.(html|pdf|csv)$/,
  /^\/reports\/gdpr\/(record-of-processing|processors|recipients)\.(csv|xlsx)$/,
  /^\/requests\/[A-Za-z0-9._-]{1,128}\/(response|record)\.(pdf|html)$/,
];

/** Parameters a stored link may carry: people by id only (no e-mail, no token), and dates. */
const QUERY_PARAMETER = /^(personId=[A-Za-z0-9._:-]{1,128}|(asOf|inventoryAsOf)=\d{4}-\d{2}-\d{2})$/;

/** Why a documentRef is refused, or null: a same-origin document path of this product, at most 500 characters. */
export function documentRefProblem(ref: string): string | null {
  if (ref.length > MAX_DOCUMENT_REF_LENGTH) return `must be at most ${MAX_DOCUMENT_REF_LENGTH} characters`;
  const [path, query, ...rest] = ref.split('?');
  const ownDocument = 'one of this product’s document paths (/reports/…, /requests/{id}/response|record.pdf|html)';
  if (rest.length > 0 || !DOCUMENT_PATHS.some((p) => p.test(path))) return `must be ${ownDocument}`;
  if (query !== undefined && !query.split('&').every((p) => QUERY_PARAMETER.test(p)))
    return 'may carry only personId, asOf and inventoryAsOf parameters';
  return null;
}

export function checkDocumentRef(ref: string | null): void {
  const problem = ref === null ? null : documentRefProblem(ref);
  if (problem) throw badInput('documentRef', problem);
}
