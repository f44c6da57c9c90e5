import { useState, type FormEvent } from 'react';
import { errorMessage, graphqlRequest } from '../api/client';
import type { BreachElement } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { treeOrder } from '../common/Checklist';
import { BREACH_ELEMENTS, breachElementLabel } from '../common/labels';
import { CheckboxGroupField, SelectField } from './fields';
import { CATEGORIES_QUERY, SET_BREACH_ELEMENTS_MUTATION } from './graphql';

const ELEMENT_OPTIONS = BREACH_ELEMENTS.map((value) => ({ value, label: breachElementLabel(value) }));
const asElements = (values: readonly string[]): BreachElement[] => BREACH_ELEMENTS.filter((e) => values.includes(e));

/** Civ. Code §1798.82(h): which breach-notice elements a category holds (a parent's subtree counts with it). */
export function BreachElementsForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { state } = useQuery(CATEGORIES_QUERY, {});
  const categories = state.data?.categories ?? [];
  const [categoryId, setCategoryId] = useState('');
  const [elements, setElements] = useState<BreachElement[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const choose = (id: string) => {
    setCategoryId(id);
    setElements(asElements(categories.find((c) => c.id === id)?.breachElements ?? []));
    setMessage(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const category = categories.find((c) => c.id === categoryId);
    if (!category) return setMessage({ ok: false, text: 'Choose a category.' });
    setBusy(true);
    graphqlRequest(SET_BREACH_ELEMENTS_MUTATION, { input: { id: category.id, name: category.name, breachElements: elements } })
      .then(
        () => {
          setMessage({ ok: true, text: `Breach elements of ${category.name} saved.` });
          onDone();
        },
        (error: unknown) => setMessage({ ok: false, text: errorMessage(error) }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <form className="card registry-form" onSubmit={submit} noValidate aria-label="Set a category’s breach elements">
      <h2>Breach elements (Civ. Code §1798.82(h))</h2>
      {message ? (
        <div className={`alert ${message.ok ? 'alert-success' : 'alert-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      ) : null}
      <div className="form-grid">
        <SelectField
          name="categoryId"
          label="Category"
          value={categoryId}
          placeholder="Choose…"
          options={treeOrder(categories).map(({ item, depth }) => ({ value: item.id, label: `${'· '.repeat(depth)}${item.name}` }))}
          onChange={choose}
          required
        />
        <CheckboxGroupField
          name="breachElements"
          label="Elements it holds"
          options={ELEMENT_OPTIONS}
          value={elements}
          onChange={(values) => setElements(asElements(values))}
          hint="A name with any other element, or online credentials alone, oblige a notice to California residents."
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy || !categoryId}>
          Save breach elements
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Close
        </button>
      </div>
    </form>
  );
}
