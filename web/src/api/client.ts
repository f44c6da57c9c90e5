import { authStore, signOut } from '../auth/auth-store';
import type { TypedDocumentString } from './generated/graphql';

/** The error codes the API puts in `errors[].extensions.code` (PRODUCT.md §5), plus the client's own. */
export type ApiErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'UNAVAILABLE' | 'NETWORK' | 'UNKNOWN';

const KNOWN_CODES: readonly ApiErrorCode[] = ['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'UNAVAILABLE'];

/** A failed GraphQL request, reduced to what a screen needs: a readable message, a code and the offending field. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorPayload {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorPayload[];
}

function toCode(value: unknown): ApiErrorCode {
  return KNOWN_CODES.find((code) => code === value) ?? 'UNKNOWN';
}

function toApiError(payload: GraphQLErrorPayload): ApiError {
  const message = typeof payload.message === 'string' ? payload.message : 'The server rejected the request.';
  const field = typeof payload.extensions?.field === 'string' ? payload.extensions.field : undefined;
  return new ApiError(message, toCode(payload.extensions?.code), field);
}

const UNAUTHENTICATED_MESSAGE = 'Your token was not accepted. It may be mistyped, expired or revoked — sign in again.';

/**
 * POSTs one GraphQL operation (a typed document from web/src/api/generated) to `/graphql` with the signed-in
 * bearer token; the document's types check the variables and type the answer.
 * Throws {@link ApiError}; an UNAUTHENTICATED answer also signs the user out with a message for the sign-in page.
 */
export async function graphqlRequest<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  options: { signal?: AbortSignal; token?: string } = {},
): Promise<T> {
  const token = options.token ?? authStore.getState().token;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('The server could not be reached. Check your connection and try again.', 'NETWORK');
  }

  let body: GraphQLResponse<T> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = undefined;
  }

  const first = body?.errors?.[0];
  const error = first
    ? toApiError(first)
    : response.status === 401
      ? new ApiError(UNAUTHENTICATED_MESSAGE, 'UNAUTHENTICATED')
      : !response.ok || !body?.data
        ? new ApiError(`The server answered ${response.status} ${response.statusText}.`.trim(), 'UNKNOWN')
        : undefined;

  if (error) {
    if (error.code === 'UNAUTHENTICATED' && !options.token) signOut(UNAUTHENTICATED_MESSAGE);
    throw error;
  }
  return body?.data as T;
}

/** The last segment of a field path without its index: "input.categoryIds[1]" → "categoryIds". */
export function fieldName(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const last = path.split('.').pop() ?? path;
  return last.replace(/\[\d+\]$/, '') || undefined;
}

/** A message a person can read, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

export { UNAUTHENTICATED_MESSAGE };
