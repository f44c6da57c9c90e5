import { createContext, useContext } from 'react';

/** What a node's own buttons can ask of the map (open, page, close a group); the page provides it. */
export interface MapActions {
  expandGroup(id: string, limit: number | null): void;
  collapseGroup(id: string): void;
}

const NONE: MapActions = { expandGroup: () => undefined, collapseGroup: () => undefined };

export const MapActionsContext = createContext<MapActions>(NONE);

export function useMapActions(): MapActions {
  return useContext(MapActionsContext);
}
