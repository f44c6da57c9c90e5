import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useNodesState,
  useReactFlow,
  type Node,
  type NodeMouseHandler,
  type OnSelectionChangeFunc,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '../api/use-query';
import { todayIso } from '../common/dates';
import { Empty, ErrorMessage, Loading } from '../common/states';
import { navigate, useSearch } from '../router/router';
import { edgeTypes } from './edges';
import { dataMapVariables, flowYears, hasActiveFilters, parseMapFilters, serializeMapFilters, type MapFilters } from './filters';
import { DATA_MAP_QUERY, MAP_DETAILS_QUERY, MAP_OPTIONS_QUERY } from './graphql';
import { pathsThrough } from './highlight';
import { cachedLayout, layoutGraph } from './layout-client';
import { mapStore } from './map-store';
import { MapToolbar } from './MapToolbar';
import { NodePanel } from './NodePanel';
import { nodeTypes } from './nodes';
import {
  applyLayout,
  entityIdOf,
  findNode,
  isHubKind,
  NODE_HEIGHT,
  NODE_WIDTH,
  projectDataMap,
  searchableNodes,
  type ProjectedGraph,
} from './projection';
import type { MapFlowNode, MapNodeKind } from './types';
import { boundsOf, initialViewport } from './viewport';

interface LaidOut {
  graph: ProjectedGraph;
  nodes: MapFlowNode[];
}

function miniMapColor(node: Node): string {
  const kind = node.type as MapNodeKind | undefined;
  switch (kind) {
    case 'source':
      return 'var(--kind-source)';
    case 'segment':
      return 'var(--kind-segment)';
    case 'category':
      return 'var(--kind-category)';
    case 'system':
      return 'var(--kind-system)';
    case 'purpose':
      return 'var(--kind-purpose)';
    case 'recipient':
      return 'var(--kind-recipient)';
    case 'recipientClass':
      return 'var(--surface-sunken)';
    case undefined:
      return 'var(--border)';
  }
}

/** How much of the canvas's bottom the side panel covers (it is a bottom sheet on narrow windows). */
function bottomInset(canvas: HTMLElement): number {
  const panel = canvas.parentElement?.querySelector<HTMLElement>('.side-panel');
  if (!panel || window.getComputedStyle(panel).position !== 'absolute') return 0;
  return Math.max(0, canvas.getBoundingClientRect().bottom - panel.getBoundingClientRect().top);
}

/** Absolute top-left of a node (children are positioned inside their group). */
function absolutePosition(nodes: readonly MapFlowNode[], id: string): { x: number; y: number } | null {
  const node = nodes.find((item) => item.id === id);
  if (!node) return null;
  if (!node.parentId) return node.position;
  const parent = absolutePosition(nodes, node.parentId);
  return parent ? { x: parent.x + node.position.x, y: parent.y + node.position.y } : node.position;
}

function MapView() {
  const search = useSearch();
  const filters = useMemo(() => parseMapFilters(search), [search]);
  const { setCenter, setViewport, getViewport } = useReactFlow();
  const canvasRef = useRef<HTMLDivElement>(null);

  const setFilters = useCallback((patch: Partial<MapFilters>, replace = false) => {
    const current = parseMapFilters(window.location.search);
    const query = serializeMapFilters({ ...current, ...patch }).toString();
    navigate(query ? `/map?${query}` : '/map', { replace });
  }, []);

  const options = useQuery(MAP_OPTIONS_QUERY, {});
  const variables = useMemo(() => dataMapVariables(filters), [filters]);
  const mapQuery = useQuery(DATA_MAP_QUERY, variables);
  const details = useQuery(MAP_DETAILS_QUERY, { asOf: filters.asOf }, filters.node === null);

  const dataMap = mapQuery.state.data?.dataMap;
  const graph = useMemo(() => (dataMap ? projectDataMap(dataMap, { showDetails: filters.details }) : null), [dataMap, filters.details]);

  const [laidOut, setLaidOut] = useState<LaidOut | null>(null);
  const [layoutError, setLayoutError] = useState<unknown>(null);
  useEffect(() => {
    if (!graph) return undefined;
    const cached = cachedLayout(graph.layout);
    if (cached) {
      setLaidOut({ graph, nodes: applyLayout(graph, cached) });
      return undefined;
    }
    let cancelled = false;
    layoutGraph(graph.layout).then(
      (positions) => {
        if (!cancelled) setLaidOut({ graph, nodes: applyLayout(graph, positions) });
      },
      (error: unknown) => {
        if (!cancelled) setLayoutError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [graph]);

  const laidOutRef = useRef<LaidOut | null>(null);
  useEffect(() => {
    laidOutRef.current = laidOut;
  }, [laidOut]);
  const [nodes, setNodes, onNodesChange] = useNodesState<MapFlowNode>([]);
  /** The layout whose nodes are on screen with their first viewport (data-ready, for tests and assistive tech). */
  const [placed, setPlaced] = useState<LaidOut | null>(null);
  const selectedId = filters.node;
  const selectedRef = useRef(selectedId);
  useEffect(() => {
    selectedRef.current = selectedId;
  }, [selectedId]);

  const centerOn = useCallback(
    (source: readonly MapFlowNode[], id: string) => {
      const position = absolutePosition(source, id);
      if (!position) return;
      const zoom = 1.1;
      const inset = canvasRef.current ? bottomInset(canvasRef.current) : 0;
      void setCenter(position.x + NODE_WIDTH / 2, position.y + NODE_HEIGHT / 2 + inset / 2 / zoom, { zoom, duration: 350 });
    },
    [setCenter],
  );

  /** Pans (keeping the zoom) so a node is on screen, e.g. after the side panel narrowed the canvas. */
  const ensureVisible = useCallback(
    (source: readonly MapFlowNode[], id: string) => {
      const position = absolutePosition(source, id);
      const canvas = canvasRef.current;
      if (!position || !canvas) return;
      const { x, y, zoom } = getViewport();
      const inset = bottomInset(canvas);
      const left = position.x * zoom + x;
      const top = position.y * zoom + y;
      const visible =
        left >= 0 && top >= 0 && left + NODE_WIDTH * zoom <= canvas.clientWidth && top + NODE_HEIGHT * zoom <= canvas.clientHeight - inset;
      if (!visible) void setCenter(position.x + NODE_WIDTH / 2, position.y + NODE_HEIGHT / 2 + inset / 2 / zoom, { zoom, duration: 300 });
    },
    [getViewport, setCenter],
  );

  // A new layout replaces the nodes, then the view fits the map (or centres on the selected node).
  useEffect(() => {
    if (!laidOut) return undefined;
    const selected = selectedRef.current;
    setNodes(laidOut.nodes.map((node) => (node.id === selected ? { ...node, selected: true } : node)));
    const frame = window.requestAnimationFrame(() => {
      if (selected && laidOut.graph.index.has(selected)) centerOn(laidOut.nodes, selected);
      else {
        const canvas = canvasRef.current;
        const size = { width: canvas?.clientWidth ?? 0, height: canvas?.clientHeight ?? 0 };
        void setViewport(initialViewport(boundsOf(laidOut.nodes.filter((node) => !node.parentId)), size));
      }
      setPlaced(laidOut);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [laidOut, setNodes, setViewport, centerOn]);

  // The URL's selection drives the nodes' selected flags; the selected node stays in view.
  useEffect(() => {
    if (!selectedId || !laidOutRef.current) return undefined;
    const source = laidOutRef.current.nodes;
    const frame = window.requestAnimationFrame(() => ensureVisible(source, selectedId));
    return () => window.cancelAnimationFrame(frame);
  }, [selectedId, ensureVisible]);
  useEffect(() => {
    setNodes((current) =>
      current.some((node) => Boolean(node.selected) !== (node.id === selectedId))
        ? current.map((node) =>
            Boolean(node.selected) === (node.id === selectedId) ? node : { ...node, selected: node.id === selectedId },
          )
        : current,
    );
  }, [selectedId, setNodes]);

  // Highlight the hovered node's paths, else the selected node's.
  const [hovered, setHovered] = useState<string | null>(null);
  const shownGraph = laidOut?.graph ?? null;
  useEffect(() => {
    const focus = hovered ?? (selectedId && shownGraph?.index.has(selectedId) ? selectedId : null);
    mapStore.setState({
      highlight: focus && shownGraph ? pathsThrough(shownGraph.paths, focus, (id) => isHubKind(shownGraph.index.get(id)?.kind)) : null,
    });
  }, [hovered, selectedId, shownGraph]);
  useEffect(() => mapStore.setState({ showAllLabels: filters.labels }), [filters.labels]);
  useEffect(() => () => mapStore.setState({ highlight: null, showAllLabels: false }), []);

  const select = useCallback((id: string | null) => setFilters({ node: id }, true), [setFilters]);
  const onNodeClick: NodeMouseHandler<MapFlowNode> = useCallback((_, node) => select(node.id), [select]);
  const onNodeMouseEnter: NodeMouseHandler<MapFlowNode> = useCallback((_, node) => setHovered(node.id), []);
  const onNodeMouseLeave: NodeMouseHandler<MapFlowNode> = useCallback(() => setHovered(null), []);
  const onPaneClick = useCallback(() => {
    if (selectedRef.current) select(null);
  }, [select]);
  // Keyboard selection (Enter on a focused node) arrives as a selection change.
  const onSelectionChange: OnSelectionChangeFunc<MapFlowNode> = useCallback(
    ({ nodes: selectedNodes }) => {
      const [only] = selectedNodes;
      if (selectedNodes.length === 1 && only && only.id !== selectedRef.current) select(only.id);
    },
    [select],
  );

  const searchable = useMemo(() => (shownGraph ? searchableNodes(shownGraph) : []), [shownGraph]);
  const onSearch = useCallback(
    (text: string): string | null => {
      if (!text.trim()) return 'Type a name to find.';
      const match = findNode(searchable, text);
      if (!match || !laidOut) return `Nothing called “${text.trim()}” is on this map.`;
      select(match.id);
      centerOn(laidOut.nodes, match.id);
      return null;
    },
    [searchable, laidOut, select, centerOn],
  );

  const years = useMemo(() => flowYears(options.state.data?.disclosures ?? [], todayIso()), [options.state.data]);

  const selectedEntry = selectedId ? shownGraph?.index.get(selectedId) : undefined;
  const loading = mapQuery.state.status === 'loading' || (graph !== null && laidOut?.graph !== graph);
  const empty = laidOut !== null && laidOut.graph.nodes.length === 0;

  return (
    <main className="map-page" id="main">
      <h1 className="visually-hidden">Data-flow map</h1>
      <MapToolbar
        filters={filters}
        options={options.state.data}
        years={years}
        searchable={searchable}
        onChange={setFilters}
        onReset={() => navigate('/map')}
        onSearch={onSearch}
      />
      <div className="map-body">
        <div className="map-canvas" aria-busy={loading} ref={canvasRef} data-ready={placed !== null && placed === laidOut && !loading}>
          {mapQuery.state.status === 'error' ? (
            <div className="map-overlay">
              <ErrorMessage error={mapQuery.state.error} onRetry={mapQuery.reload} />
            </div>
          ) : layoutError ? (
            <div className="map-overlay">
              <ErrorMessage error={layoutError} />
            </div>
          ) : !laidOut ? (
            <div className="map-overlay">
              <Loading label="Drawing the map…" />
            </div>
          ) : null}
          {empty ? (
            <div className="map-overlay">
              <Empty title="Nothing on the map">
                No collection or disclosure is in force {filters.asOf ? `on ${filters.asOf}` : 'today'}
                {hasActiveFilters(filters) ? ' for these filters' : ''}.{' '}
                {hasActiveFilters(filters) ? (
                  <button type="button" className="link-button" onClick={() => navigate('/map')}>
                    Reset the filters
                  </button>
                ) : null}
              </Empty>
            </div>
          ) : null}
          <ReactFlow<MapFlowNode>
            nodes={nodes}
            edges={laidOut?.graph.edges ?? []}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeClick={onNodeClick}
            onNodeMouseEnter={onNodeMouseEnter}
            onNodeMouseLeave={onNodeMouseLeave}
            onPaneClick={onPaneClick}
            onSelectionChange={onSelectionChange}
            nodesDraggable={false}
            nodesConnectable={false}
            edgesFocusable={false}
            selectNodesOnDrag={false}
            multiSelectionKeyCode={null}
            deleteKeyCode={null}
            selectionKeyCode={null}
            minZoom={0.05}
            maxZoom={2}
            onlyRenderVisibleElements={nodes.length > 500}
            aria-label="Data-flow map"
          >
            <Background gap={24} size={1} color="var(--grid)" />
            <MiniMap pannable zoomable nodeColor={miniMapColor} ariaLabel="Mini map" className="map-minimap" />
            <Controls showInteractive={false} />
            <Panel position="top-left" className="map-legend" aria-label="Legend">
              <span className="legend-item legend-source">Sources</span>
              {filters.details ? <span className="legend-item legend-segment">Segments</span> : null}
              <span className="legend-item legend-category">Categories</span>
              <span className="legend-item legend-system">Systems</span>
              <span className="legend-item legend-recipient">Recipients</span>
              {filters.details ? <span className="legend-item legend-purpose">Purposes</span> : null}
              {loading && laidOut ? (
                <span className="legend-status" role="status">
                  Updating…
                </span>
              ) : null}
            </Panel>
          </ReactFlow>
        </div>
        {selectedEntry && shownGraph ? (
          <NodePanel
            entry={selectedEntry}
            entityId={entityIdOf(selectedEntry.node)}
            graph={shownGraph}
            details={details.state}
            onSelect={select}
            onClose={() => select(null)}
          />
        ) : null}
      </div>
    </main>
  );
}

/** The data-flow map: sources → categories → systems → recipients (grouped by class), as of a day. */
export function MapPage() {
  return (
    <ReactFlowProvider>
      <MapView />
    </ReactFlowProvider>
  );
}
