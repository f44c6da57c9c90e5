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
import { dataMapVariables, flowYears, hasActiveFilters, parseMapFilters } from './filters';
import { MAP_DETAILS_QUERY, MAP_OPTIONS_QUERY } from './graphql';
import { forgetDataMapAnswers, useDataMap } from './use-data-map';
import { mapStore } from './map-store';
import { MapToolbar } from './MapToolbar';
import { NodePanel } from './NodePanel';
import { miniMapColor, nodeTypes } from './nodes';
import { projectGroupedMap } from './grouped-projection';
import { MapActionsContext } from './map-actions';
import { MapBreadcrumbs } from './MapBreadcrumbs';
import { entityIdOf, highlightSourceOf, projectDataMap } from './projection';
import { reuseUnchanged } from './reuse';
import type { FlowEdge, MapFlowNode } from './types';
import { useLaidOutGraph, type LaidOut } from './use-laid-out-graph';
import { useMapNavigation } from './use-map-navigation';
import { useMapPointer } from './use-map-pointer';
import { useCanvasAspect, useMapViewport } from './use-map-viewport';

/**
 * Up to this many boxes stay mounted while the map moves. Mounting the boxes that come into view at every frame of a
 * zoom cost more than keeping an open group of 500 mounted (the boxes are contained, so a mounted box off screen
 * costs little); React Flow's guidance is about 1,000 mounted nodes.
 */
const MOUNTED_NODES = 1000;
const NO_EDGES: FlowEdge[] = [];

function MapView() {
  const search = useSearch();
  const filters = useMemo(() => parseMapFilters(search), [search]);
  const canvasRef = useRef<HTMLDivElement>(null);
  const { centerOn, ensureVisible, fit } = useMapViewport(canvasRef);

  const options = useQuery(MAP_OPTIONS_QUERY, {});
  const variables = useMemo(() => dataMapVariables(filters), [filters]);
  const mapQuery = useDataMap(variables);

  const dataMap = mapQuery.state.data?.dataMap;
  const aspect = useCanvasAspect(canvasRef);
  const graph = useMemo(() => {
    if (!dataMap) return null;
    if (!dataMap.grouped) return { ...projectDataMap(dataMap, { showDetails: filters.details }), focus: dataMap.focus };
    const grouped = projectGroupedMap(dataMap, { showDetails: filters.details });
    return { ...grouped, layout: { ...grouped.layout, aspect }, focus: dataMap.focus };
  }, [dataMap, filters.details, aspect]);

  const { laidOut, error: layoutError } = useLaidOutGraph(graph);
  const shownGraph = laidOut?.graph ?? null;
  const nav = useMapNavigation(filters, dataMap, shownGraph, options.state.data);
  const { setFilters, select, lastToggled } = nav;

  const laidOutRef = useRef<LaidOut | null>(null);
  useEffect(() => {
    laidOutRef.current = laidOut;
  }, [laidOut]);
  const [nodes, setNodes, onNodesChange] = useNodesState<MapFlowNode>([]);
  /** The layout whose nodes are on screen with their first viewport (data-ready, for tests and assistive tech). */
  const [placed, setPlaced] = useState<LaidOut | null>(null);
  // The selected node: the URL's, else the focused one (it keeps its details beside its paths).
  // (Only while the URL asks for a focus: a map still loading after "Overview" must not select its old focus.)
  const selectedId = filters.node ?? (filters.focus ? (dataMap?.focus ?? null) : null);
  const selectedRef = useRef(selectedId);
  useEffect(() => {
    selectedRef.current = selectedId;
  }, [selectedId]);
  const details = useQuery(MAP_DETAILS_QUERY, { asOf: filters.asOf }, selectedId === null);

  // A new layout replaces the nodes, then the view fits the map, centres on the selected node, or (a group was
  // opened or closed) keeps the zoom and shows that group.
  useEffect(() => {
    if (!laidOut) return undefined;
    const selected = selectedRef.current;
    const toggled = lastToggled.current;
    lastToggled.current = null;
    // Boxes that did not change keep their objects (and React Flow's measurements): only new and moved ones re-render.
    setNodes((current) =>
      reuseUnchanged(
        current,
        laidOut.nodes.map((node) => (node.id === selected ? { ...node, selected: true } : node)),
      ),
    );
    const frame = window.requestAnimationFrame(() => {
      if (toggled && laidOut.graph.index.has(toggled)) ensureVisible(laidOut.nodes, toggled);
      // A focused map is small: it is shown whole, with its focus selected.
      else if (selected && !laidOut.graph.focus && laidOut.graph.index.has(selected)) centerOn(laidOut.nodes, selected);
      else fit(laidOut.nodes, { floor: laidOut.graph.layout.mode === 'columns' });
      setPlaced(laidOut);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [laidOut, setNodes, fit, centerOn, ensureVisible, lastToggled]);

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

  // Highlight the hovered node's paths (useMapPointer), else the selected node's.
  const { hovered, setHovered, onMoveStart, onMoveEnd, onNodeMouseEnter, onNodeMouseLeave } = useMapPointer(nav.prefetchGroup);
  // A new layout starts unlit: the pointer may rest on a box that has just opened or gone.
  useEffect(() => setHovered(null), [laidOut]);
  const highlightSource = useMemo(() => (shownGraph ? highlightSourceOf(shownGraph) : null), [shownGraph]);
  useEffect(() => {
    mapStore.actions.highlightPaths(highlightSource, hovered ?? selectedId);
  }, [hovered, selectedId, highlightSource]);
  useEffect(() => mapStore.actions.showAllLabels(filters.labels), [filters.labels]);
  useEffect(
    () => () => {
      mapStore.actions.reset();
      forgetDataMapAnswers();
    },
    [],
  );

  const { activate } = nav;
  const onNodeClick: NodeMouseHandler<MapFlowNode> = useCallback((_, node) => activate(node.id), [activate]);
  const onPaneClick = useCallback(() => {
    if (selectedRef.current && filters.node) select(null);
  }, [select, filters.node]);
  // Keyboard selection (Enter on a focused node) arrives as a selection change. React Flow also reports an unchanged
  // selection again when its nodes are replaced — e.g. a view kept from earlier drawn at once after "Overview", before
  // the old selection is cleared — so only a selection different from the last one reported is the user's.
  const reportedSelection = useRef<string | null>(null);
  const onSelectionChange: OnSelectionChangeFunc<MapFlowNode> = useCallback(
    ({ nodes: selectedNodes }) => {
      const [only] = selectedNodes;
      const id = selectedNodes.length === 1 && only ? only.id : null;
      if (id === reportedSelection.current) return;
      reportedSelection.current = id;
      if (id !== null && id !== selectedRef.current) activate(id);
    },
    [activate],
  );

  // Stable callbacks (nav.search, not nav, which is a new object at every render) keep the memoised toolbar still.
  const { search: searchNode } = nav;
  const onSearch = useCallback(
    (text: string): string | null => searchNode(text, (id) => laidOut && centerOn(laidOut.nodes, id)),
    [searchNode, laidOut, centerOn],
  );
  const onReset = useCallback(() => navigate('/map'), []);

  const years = useMemo(() => flowYears(options.state.data?.disclosures ?? [], todayIso()), [options.state.data]);

  const selectedEntry = selectedId ? shownGraph?.index.get(selectedId) : undefined;
  const focusLabel = dataMap?.focus ? (shownGraph?.index.get(dataMap.focus)?.node.label ?? null) : null;
  const loading = mapQuery.state.status === 'loading' || (graph !== null && laidOut?.graph !== graph);
  const empty = laidOut !== null && laidOut.graph.nodes.length === 0;
  const largeMap = laidOut?.graph.layout.mode === 'columns';

  return (
    <main className="map-page" id="main">
      <h1 className="visually-hidden">Data-flow map</h1>
      <MapToolbar
        filters={filters}
        options={options.state.data}
        years={years}
        searchable={nav.searchable}
        onChange={setFilters}
        onReset={onReset}
        onSearch={onSearch}
      />
      <MapBreadcrumbs filters={filters} dataMap={dataMap} focusLabel={focusLabel} onChange={setFilters} />
      <div className="map-body">
        <div
          className={largeMap ? 'map-canvas map-canvas-large' : 'map-canvas'}
          aria-busy={loading}
          ref={canvasRef}
          data-ready={placed !== null && placed === laidOut && !loading}
        >
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
          <MapActionsContext.Provider value={nav.actions}>
            <ReactFlow<MapFlowNode>
              nodes={nodes}
              edges={laidOut?.edges ?? NO_EDGES}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={onNodesChange}
              onNodeClick={onNodeClick}
              onNodeMouseEnter={onNodeMouseEnter}
              onNodeMouseLeave={onNodeMouseLeave}
              onPaneClick={onPaneClick}
              onMoveStart={onMoveStart}
              onMoveEnd={onMoveEnd}
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
              onlyRenderVisibleElements={nodes.length > MOUNTED_NODES}
              aria-label="Data-flow map"
            >
              {/* The dot grid moves with every pan and zoom, so it is repainted at every frame; a large map keeps
                  those frames for its boxes and edges (software rasterising the grid cost more than the map). */}
              {largeMap ? null : <Background gap={24} size={1} color="var(--grid)" />}
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
          </MapActionsContext.Provider>
        </div>
        {selectedEntry && shownGraph ? (
          <NodePanel
            entry={selectedEntry}
            entityId={entityIdOf(selectedEntry.node)}
            graph={shownGraph}
            details={details.state}
            onSelect={select}
            onClose={() => setFilters({ node: null, focus: null })}
            onFocus={dataMap?.focus === selectedId ? undefined : () => nav.focusOn(selectedEntry.node.id)}
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
