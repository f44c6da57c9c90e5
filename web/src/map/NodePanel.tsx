import { useEffect, useRef, type ReactNode } from 'react';
import type { QueryState } from '../api/use-query';
import { formatDate } from '../common/dates';
import { asRecipientClass, disclosureUseLabel, recipientClassLabel, sourceKindLabel } from '../common/labels';
import { ErrorMessage, Loading } from '../common/states';
import { statutoryLabel } from '../common/statutory';
import { Link } from '../router/Link';
import { href } from '../router/router';
import type { Collection, Disclosure, MapDetailsResult, MapNode } from './graphql';
import type { ProjectedGraph } from './projection';
import { nodeKindLabel, type MapNodeKind } from './types';

export interface NodePanelProps {
  entry: { node: MapNode; kind: MapNodeKind };
  entityId: string;
  graph: ProjectedGraph;
  details: QueryState<MapDetailsResult>;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** Shows only this node's paths (absent: they are all that is shown already). */
  onFocus?: () => void;
}

function registryPath(kind: MapNodeKind): string {
  switch (kind) {
    case 'source':
      return '/registry/sources';
    case 'segment':
      return '/registry/segments';
    case 'category':
      return '/registry/categories';
    case 'system':
      return '/registry/systems';
    case 'purpose':
      return '/registry/purposes';
    case 'recipient':
    case 'recipientClass':
    case 'group':
      return '/registry/recipients';
  }
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function names(items: readonly { name: string }[]): string {
  return items.length ? items.map((item) => item.name).join(', ') : '—';
}

function validity(from: string, to: string | null): string {
  return to ? `${formatDate(from)} – ${formatDate(to)}` : `since ${formatDate(from)}`;
}

function DisclosureCard({ disclosure }: { disclosure: Disclosure }) {
  return (
    <li className="flow-card">
      <div className="flow-card-title">
        <span className="badge badge-disclosure">Disclosure</span>
        <span>
          to <strong>{disclosure.recipient.name}</strong>
        </span>
      </div>
      <dl className="flow-card-fields">
        <Field label="Use">{disclosureUseLabel(disclosure.use)}</Field>
        <Field label="Purposes">{names(disclosure.purposes)}</Field>
        <Field label="Categories">{names(disclosure.categories)}</Field>
        {disclosure.systems.length ? <Field label="From systems">{names(disclosure.systems)}</Field> : null}
        <Field label="About">{names(disclosure.segments)}</Field>
        <Field label="Valid">{validity(disclosure.validFrom, disclosure.validTo)}</Field>
        {disclosure.policyClauses.length ? (
          <Field label="Policy">{disclosure.policyClauses.map((clause) => `§${clause.section} ${clause.title}`).join('; ')}</Field>
        ) : null}
      </dl>
      <Link className="small-link" to={href('/registry/disclosures', { q: disclosure.id })}>
        {disclosure.id} in the registry
      </Link>
    </li>
  );
}

function CollectionCard({ collection }: { collection: Collection }) {
  return (
    <li className="flow-card">
      <div className="flow-card-title">
        <span className="badge badge-collection">Collection</span>
        <span>
          from <strong>{collection.source.name}</strong>
        </span>
      </div>
      <dl className="flow-card-fields">
        <Field label="Source kind">{sourceKindLabel(collection.source.kind)}</Field>
        <Field label="Categories">{names(collection.categories)}</Field>
        {collection.systems.length ? <Field label="Into systems">{names(collection.systems)}</Field> : null}
        <Field label="Purposes">{names(collection.purposes)}</Field>
        <Field label="About">{names(collection.segments)}</Field>
        <Field label="Valid">{validity(collection.validFrom, collection.validTo)}</Field>
      </dl>
    </li>
  );
}

function EntityFields({ kind, entityId, details }: { kind: MapNodeKind; entityId: string; details: MapDetailsResult }) {
  switch (kind) {
    case 'recipient': {
      const recipient = details.recipients.find((item) => item.id === entityId);
      if (!recipient) return null;
      return (
        <dl className="panel-fields">
          <Field label="Class">{recipientClassLabel(recipient.class)}</Field>
          {recipient.legalName ? <Field label="Legal name">{recipient.legalName}</Field> : null}
          {recipient.address ? <Field label="Address">{recipient.address}</Field> : null}
          {recipient.country ? <Field label="Country">{recipient.country}</Field> : null}
          {recipient.natureOfBusiness ? <Field label="Business">{recipient.natureOfBusiness}</Field> : null}
          {recipient.productsMarketed?.length ? <Field label="Products">{recipient.productsMarketed.join(', ')}</Field> : null}
          <Field label="Agreement signed">{formatDate(recipient.agreementSignedOn)}</Field>
        </dl>
      );
    }
    case 'category': {
      const category = details.categories.find((item) => item.id === entityId);
      if (!category) return null;
      const parent = details.categories.find((item) => item.id === category.parentId);
      return (
        <dl className="panel-fields">
          {category.description ? <Field label="Description">{category.description}</Field> : null}
          {parent ? <Field label="Part of">{parent.name}</Field> : null}
          <Field label="Sensitive">{category.sensitive ? 'Yes' : 'No'}</Field>
          {category.shineTheLight?.length ? (
            <Field label="Shine the Light">{category.shineTheLight.map(statutoryLabel).join('; ')}</Field>
          ) : null}
        </dl>
      );
    }
    case 'system': {
      const system = details.systems.find((item) => item.id === entityId);
      if (!system) return null;
      return (
        <dl className="panel-fields">
          <Field label="Owner">{system.owner ?? '—'}</Field>
          <Field label="Country">{system.country ?? '—'}</Field>
        </dl>
      );
    }
    case 'source':
    case 'segment':
    case 'purpose':
    case 'recipientClass':
    case 'group':
      return null;
  }
}

/** The side panel for the selected node: what it is, the flows through it, and links into the registry. */
export function NodePanel({ entry, entityId, graph, details, onSelect, onClose, onFocus }: NodePanelProps) {
  const { node, kind } = entry;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), [node.id]);

  const flowIds = new Set<string>();
  for (const edge of graph.edges) {
    if ((edge.source === node.id || edge.target === node.id) && edge.data?.flowId) flowIds.add(edge.data.flowId);
  }
  const members =
    kind === 'recipientClass'
      ? graph.nodes.filter((item) => item.parentId === node.id).map((item) => ({ id: item.id, label: item.data.label }))
      : [];
  if (kind === 'recipientClass') {
    for (const member of members) {
      for (const edge of graph.edges) {
        if (edge.target === member.id && edge.data?.flowId) flowIds.add(edge.data.flowId);
      }
    }
  }

  const data = details.status === 'success' || details.status === 'loading' ? details.data : undefined;
  const disclosures = data?.disclosures.filter((item) => flowIds.has(item.id)) ?? [];
  const collections = data?.collections.filter((item) => flowIds.has(item.id)) ?? [];
  const recipientClass = kind === 'recipientClass' ? asRecipientClass(node.id) : null;
  const registryLink =
    kind === 'recipientClass' ? href('/registry/recipients', { class: recipientClass }) : href(registryPath(kind), { q: node.label });

  return (
    <aside
      className="side-panel"
      aria-labelledby="node-panel-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="side-panel-header">
        <div>
          <div className="eyebrow">{nodeKindLabel(kind)}</div>
          <h2 id="node-panel-title" tabIndex={-1} ref={headingRef}>
            {node.label}
          </h2>
          <div className="muted mono">{entityId}</div>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>
      <div className="side-panel-body">
        {data ? <EntityFields kind={kind} entityId={entityId} details={data} /> : null}
        <p className="panel-links">
          <Link to={registryLink}>Open in the registry</Link>
          {kind === 'recipient' ? <Link to={href('/registry/disclosures', { q: node.label })}>Its disclosures</Link> : null}
          {onFocus ? (
            <button type="button" className="link-button" onClick={onFocus}>
              Show only its paths
            </button>
          ) : null}
        </p>
        {members.length ? (
          <section>
            <h3>Recipients ({members.length})</h3>
            <ul className="member-list">
              {members.map((member) => (
                <li key={member.id}>
                  <button type="button" className="link-button" onClick={() => onSelect(member.id)}>
                    {member.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section>
          <h3>Flows ({flowIds.size})</h3>
          {details.status === 'loading' && !data ? <Loading label="Loading flows…" /> : null}
          {details.status === 'error' ? <ErrorMessage error={details.error} /> : null}
          {data && flowIds.size === 0 ? <p className="muted">No flow passes through this node on this day.</p> : null}
          <ul className="flow-list">
            {collections.map((collection) => (
              <CollectionCard key={collection.id} collection={collection} />
            ))}
            {disclosures.map((disclosure) => (
              <DisclosureCard key={disclosure.id} disclosure={disclosure} />
            ))}
          </ul>
        </section>
      </div>
    </aside>
  );
}
