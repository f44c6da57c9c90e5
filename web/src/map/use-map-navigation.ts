import { useCallback, useMemo, useRef } from 'react';
import { navigate } from '../router/router';
import { dataMapVariables, parseMapFilters, serializeMapFilters, type MapFilters } from './filters';
import type { DrawnMap, MapOptionsResult } from './graphql';
import type { MapActions } from './map-actions';
import { findNode, searchableNodes, type ProjectedGraph } from './projection';
import type { MapNodeKind } from './types';
import { prefetchDataMap } from './use-data-map';

/** The focus key of a drawn node: kind:entityId (recipient:acme), as other pages link to it. */
export function focusKeyOf(graph: ProjectedGraph, id: string): string | null {
  const entry = graph.index.get(id);
  if (!entry || entry.kind === 'group' || entry.kind === 'recipientClass') return null;
  const prefix = `${entry.kind}:`;
  return `${entry.kind}:${entry.node.id.startsWith(prefix) ? entry.node.id.slice(prefix.length) : entry.node.id}`;
}

/**
 * Every move around the map is a change of its URL: filters, selection, open groups, focus. A large (grouped) or
 * focused map focuses on a clicked node; a small one selects it and lights up its paths.
 */
export function useMapNavigation(
  filters: MapFilters,
  dataMap: DrawnMap | undefined,
  graph: ProjectedGraph | null,
  options: MapOptionsResult | undefined,
) {
  /** The group last opened or closed: the next layout keeps the zoom and shows it, instead of fitting everything. */
  const lastToggled = useRef<string | null>(null);

  const setFilters = useCallback((patch: Partial<MapFilters>, replace = false) => {
    const current = parseMapFilters(window.location.search);
    const query = serializeMapFilters({ ...current, ...patch }).toString();
    navigate(query ? `/map?${query}` : '/map', { replace });
  }, []);

  const actions: MapActions = useMemo(
    () => ({
      expandGroup(id, limit) {
        lastToggled.current = id;
        const current = parseMapFilters(window.location.search).expand.filter((entry) => entry.id !== id);
        setFilters({ expand: [...current, { id, limit }] });
      },
      collapseGroup(id) {
        lastToggled.current = id;
        setFilters({ expand: parseMapFilters(window.location.search).expand.filter((entry) => entry.id !== id) });
      },
    }),
    [setFilters],
  );

  /** Fetches the view with a group open, as opening it will ask for it (the URL's round trip included). */
  const prefetchGroup = useCallback((id: string) => {
    const current = parseMapFilters(window.location.search);
    if (current.expand.some((entry) => entry.id === id)) return;
    const opened = serializeMapFilters({ ...current, expand: [...current.expand, { id, limit: null }] });
    prefetchDataMap(dataMapVariables(parseMapFilters(`?${opened.toString()}`)));
  }, []);

  const select = useCallback((id: string | null) => setFilters({ node: id }, true), [setFilters]);
  const focusOn = useCallback(
    (id: string) => {
      const key = graph ? focusKeyOf(graph, id) : null;
      if (key) setFilters({ focus: key, node: id });
    },
    [graph, setFilters],
  );
  /** A click: open a closed group; on a grouped or focused map focus on the node; else select it. */
  const activate = useCallback(
    (id: string) => {
      const entry = graph?.index.get(id);
      if (entry?.kind === 'group') {
        // An open group's members are drawn beside it (not as React Flow children): the server's count says it is open.
        // (A click on an open group's background must not re-open it at its first page.)
        if (!entry.node.shown) actions.expandGroup(id, null);
        return;
      }
      if (dataMap?.grouped || filters.focus) focusOn(id);
      else select(id);
    },
    [graph, dataMap, filters.focus, actions, focusOn, select],
  );

  const searchable = useMemo(() => {
    const drawn = graph ? searchableNodes(graph) : [];
    if (!dataMap?.grouped) return drawn;
    // On a grouped map, recipients inside closed groups can be found too (search focuses on them).
    const seen = new Set(drawn.map((item) => item.id));
    const hidden = (options?.recipients ?? [])
      .filter((recipient) => !seen.has(recipient.id))
      .map((recipient): { id: string; label: string; kind: MapNodeKind } => ({
        id: `recipient:${recipient.id}`,
        label: recipient.name,
        kind: 'recipient',
      }));
    return [...drawn, ...hidden];
  }, [graph, dataMap, options]);

  /** Finds a node: a group opens, a node on a grouped map is focused, else selected. Returns a message, or null. */
  const search = useCallback(
    (text: string, onFound: (id: string) => void): string | null => {
      if (!text.trim()) return 'Type a name to find.';
      const match = findNode(searchable, text);
      if (!match) return `Nothing called “${text.trim()}” is on this map.`;
      if (graph?.index.has(match.id)) {
        if (dataMap?.grouped && graph.index.get(match.id)?.kind !== 'group') focusOn(match.id);
        else if (graph.index.get(match.id)?.kind === 'group') actions.expandGroup(match.id, null);
        else {
          select(match.id);
          onFound(match.id);
        }
      } else setFilters({ focus: match.id, node: null });
      return null;
    },
    [searchable, graph, dataMap, focusOn, actions, select, setFilters],
  );

  return { setFilters, actions, select, focusOn, activate, searchable, search, lastToggled, prefetchGroup };
}
