import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { TypedDocumentString } from '../api/generated/graphql';
import { treeOrder, type ChecklistOption } from '../common/Checklist';
import { recipientClassLabel } from '../common/labels';
import { CheckboxGroupField } from './fields';
import { slugify } from './form-errors';
import type { FormOptions } from './graphql';
import { useFormSubmit, type FormSubmit } from './use-form-submit';

/** What the registry page hands every registration form. */
export interface RegistryFormProps {
  options: FormOptions | undefined;
  onDone: () => void;
  onCancel: () => void;
}

/** The props that tie one field to a form value: its name, value, setter and the server's error for it. */
export interface FieldBinding<T> {
  name: string;
  value: T;
  onChange: (value: T) => void;
  error: string | undefined;
}

/**
 * A registration form's values and submit cycle. `bind(key)` wires a field to a value (a change also clears the
 * field's error); the id follows the name until edited. The server's field errors land on the keys of `initial`.
 */
export function useRegistryForm<R, V, Values extends { id: string; name?: string }>(mutation: TypedDocumentString<R, V>, initial: Values) {
  const form = useFormSubmit(mutation, Object.keys(initial));
  const [values, setValues] = useState(initial);
  const [idEdited, setIdEdited] = useState(false);
  const bind = <K extends keyof Values & string>(key: K): FieldBinding<Values[K]> => ({
    name: key,
    value: values[key],
    onChange: (value) => {
      form.clearField(key);
      if (key === 'id') setIdEdited(true);
      setValues((current) => {
        const next = { ...current, [key]: value };
        if (key === 'name' && !idEdited && typeof value === 'string') next.id = slugify(value);
        return next;
      });
    },
    error: form.fieldErrors[key],
  });
  const reset = () => {
    setValues(initial);
    setIdEdited(false);
  };
  return { form, values, bind, reset };
}

/** The choices the forms offer, as checklist options in display order. */
export function useOptionLists(options: FormOptions | undefined) {
  return useMemo(() => {
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');
    const simple = (items: readonly { id: string; name: string }[]): ChecklistOption[] =>
      [...items].sort(byName).map((item) => ({ value: item.id, label: item.name }));
    return {
      categories: treeOrder(options?.categories ?? []).map(({ item, depth }) => ({
        value: item.id,
        label: item.name,
        depth,
      })),
      purposes: simple(options?.purposes ?? []),
      segments: simple(options?.segments ?? []),
      systems: simple(options?.systems ?? []),
      recipients: [...(options?.recipients ?? [])]
        .sort(byName)
        .map((item) => ({ value: item.id, label: `${item.name} (${recipientClassLabel(item.class)})` })),
      policyClauses: [...(options?.policyClauses ?? [])].map((clause) => ({
        value: clause.id,
        label: `§${clause.section} ${clause.title}`,
      })),
    };
  }, [options]);
}

type ScopeKey = 'categoryIds' | 'purposeIds' | 'segmentIds';
/** What a flow is about, as the processor and disclosure forms hold and send it. */
export type FlowScope = Record<ScopeKey, string[]>;

export function emptyFlowScope(): FlowScope {
  return { categoryIds: [], purposeIds: [], segmentIds: [] };
}

export function flowScopeOf(values: FlowScope): FlowScope {
  return { categoryIds: values.categoryIds, purposeIds: values.purposeIds, segmentIds: values.segmentIds };
}

/** What a flow is about — categories, purposes, segments — shared by the processor and disclosure forms. */
export function FlowScopeFields({
  lists,
  bind,
}: {
  lists: ReturnType<typeof useOptionLists>;
  bind: (key: ScopeKey) => FieldBinding<string[]>;
}) {
  return (
    <>
      <CheckboxGroupField
        label="Categories"
        options={lists.categories}
        {...bind('categoryIds')}
        required
        hint="A parent category stands for its whole subtree."
      />
      <CheckboxGroupField label="Purposes" options={lists.purposes} {...bind('purposeIds')} required />
      <CheckboxGroupField label="About (segments)" options={lists.segments} {...bind('segmentIds')} required />
    </>
  );
}

export function FormFrame({
  title,
  form,
  onSubmit,
  onCancel,
  submitLabel,
  children,
}: {
  title: string;
  form: Pick<FormSubmit<unknown, unknown>, 'busy' | 'formError' | 'success' | 'formRef'>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: string;
  children: ReactNode;
}) {
  return (
    <form className="card registry-form" ref={form.formRef} onSubmit={onSubmit} noValidate aria-label={title}>
      <h2>{title}</h2>
      {form.formError ? (
        <div className="alert alert-error" role="alert">
          {form.formError}
        </div>
      ) : null}
      {form.success ? (
        <div className="alert alert-success" role="status">
          {form.success}
        </div>
      ) : null}
      <div className="form-grid">{children}</div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={form.busy}>
          {form.busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Close
        </button>
      </div>
      <p className="hint">Fields marked * are required. Ids are lower-case slugs (letters, digits, “.”, “_”, “-”).</p>
    </form>
  );
}
