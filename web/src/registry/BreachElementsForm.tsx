import type { FormEvent } from 'react';
import type { BreachElement } from '../api/generated/graphql';
import { useQuery } from '../api/use-query';
import { treeOrder } from '../common/Checklist';
import { BREACH_ELEMENTS, breachElementLabel } from '../common/labels';
import { CheckboxGroupField, SelectField } from './fields';
import { FormFrame, useRegistryForm, type RegistryFormProps } from './form-kit';
import { CATEGORIES_QUERY, SET_BREACH_ELEMENTS_MUTATION } from './graphql';

const ELEMENT_OPTIONS = BREACH_ELEMENTS.map((value) => ({ value, label: breachElementLabel(value) }));
const asElements = (values: readonly string[]): BreachElement[] => BREACH_ELEMENTS.filter((e) => values.includes(e));

/** Civ. Code §1798.82(h): which breach-notice elements a category holds (a parent's subtree counts with it). */
export function BreachElementsForm({ onDone, onCancel }: RegistryFormProps) {
  const { state } = useQuery(CATEGORIES_QUERY, {});
  const categories = state.data?.categories ?? [];
  const { form, values, bind } = useRegistryForm(SET_BREACH_ELEMENTS_MUTATION, { id: '', breachElements: [] as string[] });
  const category = bind('id');
  const elements = bind('breachElements');

  // Choosing a category shows the elements it holds now, so saving changes only what the editor ticks.
  const choose = (id: string) => {
    category.onChange(id);
    elements.onChange(categories.find((c) => c.id === id)?.breachElements ?? []);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = categories.find((c) => c.id === values.id);
    form.submit({
      values,
      required: ['id'],
      variables: chosen ? { input: { id: chosen.id, name: chosen.name, breachElements: asElements(values.breachElements) } } : null,
      onSuccess: (result) => {
        onDone();
        return `Breach elements of ${result.upsertCategory.name} saved.`;
      },
    });
  };

  return (
    <FormFrame
      title="Set a category’s breach elements (Civ. Code §1798.82(h))"
      form={form}
      onSubmit={submit}
      onCancel={onCancel}
      submitLabel="Save breach elements"
    >
      <SelectField
        label="Category"
        {...category}
        onChange={choose}
        placeholder="Choose…"
        options={treeOrder(categories).map(({ item, depth }) => ({ value: item.id, label: `${'· '.repeat(depth)}${item.name}` }))}
        required
      />
      <CheckboxGroupField
        label="Elements it holds"
        options={ELEMENT_OPTIONS}
        {...elements}
        hint="A name with any other element, or online credentials alone, oblige a notice to California residents."
      />
    </FormFrame>
  );
}
