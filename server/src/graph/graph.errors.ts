/** Domain errors of the graph layer: clients never see raw driver text. */

export enum GraphErrorCode {
  CONFLICT = 'CONFLICT',
  UNAVAILABLE = 'UNAVAILABLE',
  FAILED = 'FAILED',
}

export class GraphError extends Error {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    /** The driver's own error, kept for logs only. */
    readonly driverError?: unknown,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export const conflict = (message: string, cause?: unknown) => new GraphError(GraphErrorCode.CONFLICT, message, cause);
export const unavailable = (cause?: unknown) => new GraphError(GraphErrorCode.UNAVAILABLE, 'The graph database is unavailable', cause);
/** The message carries the driver's text for the logs; the error mapper never sends it to clients. */
export const failed = (cause?: unknown) =>
  new GraphError(GraphErrorCode.FAILED, `The graph query failed: ${cause instanceof Error ? cause.message : String(cause)}`, cause);
