import { GraphError, GraphErrorCode } from './graph.errors';

/**
 * Runs an idempotent unit of work, once more if it lost a race: two
 * concurrent MERGEs of the same id on Neo4j end with one constraint failure
 * (CONFLICT); run again, the loser finds the winner's node and updates it.
 */
export async function retryOnConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GraphError && error.code === GraphErrorCode.CONFLICT) return work();
    throw error;
  }
}
