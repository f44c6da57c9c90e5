import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useNodesState,
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
import {
  DATA_MAP_QUERY,
  MAP_DETAILS_QUERY,
  MAP_OPTIONS_QUERY,
  type DataMapResult,
  type MapDetailsResult,
  type MapOptionsResult,
} from './graphql';
import { mapStore } from './map-store';
import { MapToolbar } from './MapToolbar';
import { NodePanel } from './NodePanel';
import { miniMapColor, nodeTypes } from './nodes';
import { entityIdOf, findNode, highlightSourceOf, projectDataMap, searchableNodes } from './projection';
import type { MapFlowNode } from './types';
import { useLaidOutGraph, type LaidOut } from './use-laid-out-graph';
import { useMapViewport } from './use-map-viewport';

function MapView() {
  const search = useSearch();
  const filters = useMemo(() => parseMapFilters(search), [search]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const { centerOn, ensureVisible, fit } = useMapViewport(canvasRef);

  const setFilters = useCallback((patch: Partial<MapFilters>, replace = false) => {
    const current = parseMapFilters(window.location.search);
    const query = serializeMapFilters({ ...current, ...patch }).toString();
    navigate(query ? `/map?${query}` : '/map', { replace });
  }, []);

  const options = useQuery<MapOptionsResult>(MAP_OPTIONS_QUERY);
  const variables = useMemo(() => dataMapVariables(filters), [filters]);
  const mapQuery = useQuery<DataMapResult>(DATA_MAP_QUERY, variables);
  const details = useQuery<MapDetailsResult>(MAP_DETAILS_QUERY, { asOf: filters.asOf }, filters.node === null);

  const dataMap = mapQuery.state.data?.dataMap;
  const graph = useMemo(() => (dataMap ? projectDataMap(dataMap, { showDetails: filters.details }) : null), [dataMap, filters.details]);

  const { laidOut, error: layoutError } = useLaidOutGraph(graph);

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

  // A new layout replaces the nodes, then the view fits the map (or centres on the selected node).
  useEffect(() => {
    if (!laidOut) return undefined;
    const selected = selectedRef.current;
    setNodes(laidOut.nodes.map((node) => (node.id === selected ? { ...node, selected: true } : node)));
    const frame = window.requestAnimationFrame(() => {
      if (selected && laidOut.graph.index.has(selected)) centerOn(laidOut.nodes, selected);
      else fit(laidOut.nodes);
      setPlaced(laidOut);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [laidOut, setNodes, fit, centerOn]);

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
  const highlightSource = useMemo(() => (shownGraph ? highlightSourceOf(shownGraph) : null), [shownGraph]);
  useEffect(() => {
    mapStore.actions.highlightPaths(highlightSource, hovered ?? selectedId);
  }, [hovered, selectedId, highlightSource]);
  useEffect(() => mapStore.actions.showAllLabels(filters.labels), [filters.labels]);
  useEffect(() => () => mapStore.actions.reset(), []);

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
