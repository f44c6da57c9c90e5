import { computeLayout, type LayoutInput, type Positions } from './layout';

/** Computes map layouts off the main thread. */
export interface LayoutRequest {
  requestId: number;
  input: LayoutInput;
}

export type LayoutResponse = { requestId: number; positions: Positions } | { requestId: number; error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (message: LayoutResponse) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { requestId, input } = event.data;
  try {
    scope.postMessage({ requestId, positions: computeLayout(input) });
  } catch (error) {
    scope.postMessage({ requestId, error: error instanceof Error ? error.message : 'Layout failed.' });
  }
};
