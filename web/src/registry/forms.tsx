import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { treeOrder, type ChecklistOption } from '../common/Checklist';
import {
  asDisclosureUse,
  asRecipientClass,
  DISCLOSURE_USES,
  disclosureUseLabel,
  RECIPIENT_CLASSES,
  recipientClassLabel,
} from '../common/labels';
import { todayIso } from '../common/dates';
import { optional, slugify } from './form-errors';
import { CheckboxGroupField, SelectField, TextField } from './fields';
import { ADD_DISCLOSURE_MUTATION, REGISTER_PROCESSOR_MUTATION, REGISTER_RECIPIENT_MUTATION, type FormOptions } from './graphql';
import { useFormSubmit, type FormSubmit } from './use-form-submit';

interface RegistryFormProps {
  options: FormOptions | undefined;
  onDone: () => void;
  onCancel: () => void;
}

function useOptionLists(options: FormOptions | undefined) {
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

/** Form values plus a setter per field that also clears the field's error; the id follows the name until edited. */
function useValues<V extends { id: string; name?: string }>(initial: V, form: Pick<FormSubmit<unknown, unknown>, 'clearField'>) {
  const [values, setValues] = useState(initial);
  const [idEdited, setIdEdited] = useState(false);
  const set =
    <K extends keyof V & string>(key: K) =>
    (value: V[K]) => {
      form.clearField(key);
      if (key === 'id') setIdEdited(true);
      setValues((current) => {
        const next = { ...current, [key]: value };
        if (key === 'name' && !idEdited && typeof value === 'string') next.id = slugify(value);
        return next;
      });
    };
  const reset = () => {
    setValues(initial);
    setIdEdited(false);
  };
  return { values, set, reset };
}

type ScopeKey = 'categoryIds' | 'purposeIds' | 'segmentIds';

/** What a flow is about — categories, purposes, segments — shared by the processor and disclosure forms. */
function FlowScopeFields({
  lists,
  values,
  errors,
  set,
}: {
  lists: ReturnType<typeof useOptionLists>;
  values: Record<ScopeKey, string[]>;
  errors: Partial<Record<string, string>>;
  set: (key: ScopeKey) => (value: string[]) => void;
}) {
  return (
    <>
      <CheckboxGroupField
        name="categoryIds"
        label="Categories"
        options={lists.categories}
        value={values.categoryIds}
        onChange={set('categoryIds')}
        required
        error={errors.categoryIds}
        hint="A parent category stands for its whole subtree."
      />
      <CheckboxGroupField
        name="purposeIds"
        label="Purposes"
        options={lists.purposes}
        value={values.purposeIds}
        onChange={set('purposeIds')}
        required
        error={errors.purposeIds}
      />
      <CheckboxGroupField
        name="segmentIds"
        label="About (segments)"
        options={lists.segments}
        value={values.segmentIds}
        onChange={set('segmentIds')}
        required
        error={errors.segmentIds}
      />
    </>
  );
}

function FormFrame({
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

const PROCESSOR_FIELDS = [
  'id',
  'name',
  'address',
  'country',
  'natureOfBusiness',
  'agreementSignedOn',
  'categoryIds',
  'purposeIds',
  'segmentIds',
  'validFrom',
] as const;

/** registerProcessor: a PROCESSOR recipient and the ON_OUR_BEHALF disclosure to it, in one step. */
export function ProcessorForm({ options, onDone, onCancel }: RegistryFormProps) {
  const lists = useOptionLists(options);
  const form = useFormSubmit(REGISTER_PROCESSOR_MUTATION, PROCESSOR_FIELDS);
  const { values, set, reset } = useValues(
    {
      id: '',
      name: '',
      address: '',
      country: '',
      natureOfBusiness: '',
      agreementSignedOn: '',
      categoryIds: [] as string[],
      purposeIds: [] as string[],
      segmentIds: [] as string[],
      validFrom: todayIso(),
    },
    form,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.submit({
      values,
      required: ['id', 'name', 'agreementSignedOn', 'categoryIds', 'purposeIds', 'segmentIds', 'validFrom'],
      variables: {
        input: {
          id: values.id.trim(),
          name: values.name.trim(),
          address: optional(values.address),
          country: optional(values.country),
          natureOfBusiness: optional(values.natureOfBusiness),
          agreementSignedOn: values.agreementSignedOn,
          categoryIds: values.categoryIds,
          purposeIds: values.purposeIds,
          segmentIds: values.segmentIds,
          validFrom: values.validFrom,
        },
      },
      onSuccess: (result) => {
        reset();
        onDone();
        return `Registered the processor ${result.registerProcessor.name} (${result.registerProcessor.id}).`;
      },
    });
  };

  const errors = form.fieldErrors;
  return (
    <FormFrame title="Register a processor" form={form} onSubmit={submit} onCancel={onCancel} submitLabel="Register processor">
      <TextField name="name" label="Name" value={values.name} onChange={set('name')} required error={errors.name} />
      <TextField name="id" label="Id" value={values.id} onChange={set('id')} required error={errors.id} hint="Suggested from the name." />
      <TextField name="address" label="Postal address" value={values.address} onChange={set('address')} error={errors.address} wide />
      <TextField name="country" label="Country" value={values.country} onChange={set('country')} error={errors.country} placeholder="US" />
      <TextField
        name="natureOfBusiness"
        label="Nature of business"
        value={values.natureOfBusiness}
        onChange={set('natureOfBusiness')}
        error={errors.natureOfBusiness}
      />
      <TextField
        name="agreementSignedOn"
        label="Agreement signed on"
        type="date"
        value={values.agreementSignedOn}
        onChange={set('agreementSignedOn')}
        required
        error={errors.agreementSignedOn}
        hint="The DPA or service-provider contract."
      />
      <TextField
        name="validFrom"
        label="Receives data from"
        type="date"
        value={values.validFrom}
        onChange={set('validFrom')}
        required
        error={errors.validFrom}
      />
      <FlowScopeFields lists={lists} values={values} errors={errors} set={set} />
    </FormFrame>
  );
}

const RECIPIENT_FIELDS = ['id', 'name', 'class', 'legalName', 'address', 'country', 'natureOfBusiness', 'productsMarketed'] as const;
const CLASS_OPTIONS = RECIPIENT_CLASSES.map((value) => ({ value, label: recipientClassLabel(value) }));

/** registerRecipient, for a recipient of every class; the flows to it are added as disclosures. */
export function RecipientForm({ onDone, onCancel }: RegistryFormProps) {
  const form = useFormSubmit(REGISTER_RECIPIENT_MUTATION, RECIPIENT_FIELDS);
  const { values, set, reset } = useValues(
    {
      id: '',
      name: '',
      class: '',
      legalName: '',
      address: '',
      country: '',
      natureOfBusiness: '',
      productsMarketed: '',
    },
    form,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const products = values.productsMarketed
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    const recipientClass = asRecipientClass(values.class);
    form.submit({
      values,
      required: ['id', 'name', 'class'],
      variables: recipientClass && {
        input: {
          id: values.id.trim(),
          name: values.name.trim(),
          class: recipientClass,
          legalName: optional(values.legalName),
          address: optional(values.address),
          country: optional(values.country),
          natureOfBusiness: optional(values.natureOfBusiness),
          productsMarketed: products.length ? products : undefined,
        },
      },
      onSuccess: (result) => {
        reset();
        onDone();
        return `Registered ${result.registerRecipient.name} (${result.registerRecipient.id}).`;
      },
    });
  };

  const errors = form.fieldErrors;
  return (
    <FormFrame title="Register a recipient" form={form} onSubmit={submit} onCancel={onCancel} submitLabel="Register recipient">
      <TextField name="name" label="Name" value={values.name} onChange={set('name')} required error={errors.name} />
      <TextField name="id" label="Id" value={values.id} onChange={set('id')} required error={errors.id} hint="Suggested from the name." />
      <SelectField
        name="class"
        label="Class"
        value={values.class}
        options={CLASS_OPTIONS}
        onChange={set('class')}
        required
        error={errors.class}
        placeholder="Choose a class…"
      />
      <TextField name="legalName" label="Legal name" value={values.legalName} onChange={set('legalName')} error={errors.legalName} />
      <TextField name="address" label="Postal address" value={values.address} onChange={set('address')} error={errors.address} wide />
      <TextField name="country" label="Country" value={values.country} onChange={set('country')} error={errors.country} placeholder="US" />
      <TextField
        name="natureOfBusiness"
        label="Nature of business"
        value={values.natureOfBusiness}
        onChange={set('natureOfBusiness')}
        error={errors.natureOfBusiness}
      />
      <TextField
        name="productsMarketed"
        label="Products marketed"
        value={values.productsMarketed}
        onChange={set('productsMarketed')}
        error={errors.productsMarketed}
        hint="Examples, separated by commas."
        wide
      />
    </FormFrame>
  );
}

const DISCLOSURE_FIELDS = [
  'id',
  'recipientId',
  'categoryIds',
  'segmentIds',
  'purposeIds',
  'use',
  'validFrom',
  'validTo',
  'systemIds',
  'policyClauseIds',
] as const;
const USE_OPTIONS = DISCLOSURE_USES.map((value) => ({ value, label: disclosureUseLabel(value) }));

/** addDisclosure: a declared flow to a recipient. */
export function DisclosureForm({ options, onDone, onCancel }: RegistryFormProps) {
  const lists = useOptionLists(options);
  const form = useFormSubmit(ADD_DISCLOSURE_MUTATION, DISCLOSURE_FIELDS);
  const { values, set, reset } = useValues(
    {
      id: '',
      recipientId: '',
      use: '',
      validFrom: todayIso(),
      validTo: '',
      categoryIds: [] as string[],
      segmentIds: [] as string[],
      purposeIds: [] as string[],
      systemIds: [] as string[],
      policyClauseIds: [] as string[],
    },
    form,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const use = asDisclosureUse(values.use);
    form.submit({
      values,
      required: ['recipientId', 'use', 'validFrom', 'categoryIds', 'segmentIds', 'purposeIds'],
      variables: use && {
        input: {
          id: optional(values.id),
          recipientId: values.recipientId,
          use,
          validFrom: values.validFrom,
          validTo: optional(values.validTo),
          categoryIds: values.categoryIds,
          segmentIds: values.segmentIds,
          purposeIds: values.purposeIds,
          systemIds: values.systemIds.length ? values.systemIds : undefined,
          policyClauseIds: values.policyClauseIds.length ? values.policyClauseIds : undefined,
        },
      },
      onSuccess: (result) => {
        reset();
        onDone();
        return `Added the disclosure ${result.addDisclosure.id} to ${result.addDisclosure.recipient.name}.`;
      },
    });
  };

  const errors = form.fieldErrors;
  return (
    <FormFrame title="Add a disclosure" form={form} onSubmit={submit} onCancel={onCancel} submitLabel="Add disclosure">
      <SelectField
        name="recipientId"
        label="Recipient"
        value={values.recipientId}
        options={lists.recipients}
        onChange={set('recipientId')}
        required
        error={errors.recipientId}
        placeholder="Choose a recipient…"
      />
      <SelectField
        name="use"
        label="Use"
        value={values.use}
        options={USE_OPTIONS}
        onChange={set('use')}
        required
        error={errors.use}
        placeholder="How the recipient uses the data…"
      />
      <TextField
        name="id"
        label="Id"
        value={values.id}
        onChange={set('id')}
        error={errors.id}
        hint="Optional; the server makes one up when empty."
      />
      <TextField
        name="validFrom"
        label="Valid from"
        type="date"
        value={values.validFrom}
        onChange={set('validFrom')}
        required
        error={errors.validFrom}
      />
      <TextField
        name="validTo"
        label="Valid to"
        type="date"
        value={values.validTo}
        onChange={set('validTo')}
        error={errors.validTo}
        hint="Empty: still in force."
      />
      <FlowScopeFields lists={lists} values={values} errors={errors} set={set} />
      <CheckboxGroupField
        name="systemIds"
        label="From systems"
        options={lists.systems}
        value={values.systemIds}
        onChange={set('systemIds')}
        error={errors.systemIds}
      />
      <CheckboxGroupField
        name="policyClauseIds"
        label="Policy clauses"
        options={lists.policyClauses}
        value={values.policyClauseIds}
        onChange={set('policyClauseIds')}
        error={errors.policyClauseIds}
      />
    </FormFrame>
  );
}
