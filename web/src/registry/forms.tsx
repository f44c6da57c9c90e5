import type { FormEvent, ReactNode } from 'react';
import { todayIso } from '../common/dates';
import {
  asDisclosureUse,
  asRecipientClass,
  DISCLOSURE_USES,
  disclosureUseLabel,
  RECIPIENT_CLASSES,
  recipientClassLabel,
} from '../common/labels';
import { BreachElementsForm } from './BreachElementsForm';
import { CheckboxGroupField, SelectField, TextField } from './fields';
import { optional } from './form-errors';
import {
  emptyFlowScope,
  FlowScopeFields,
  flowScopeOf,
  FormFrame,
  useOptionLists,
  useRegistryForm,
  type RegistryFormProps,
} from './form-kit';
import { ADD_DISCLOSURE_MUTATION, REGISTER_PROCESSOR_MUTATION, REGISTER_RECIPIENT_MUTATION } from './graphql';

/** registerProcessor: a PROCESSOR recipient and the ON_OUR_BEHALF disclosure to it, in one step. */
function ProcessorForm({ options, onDone, onCancel }: RegistryFormProps) {
  const lists = useOptionLists(options);
  const { form, values, bind, reset } = useRegistryForm(REGISTER_PROCESSOR_MUTATION, {
    id: '',
    name: '',
    address: '',
    country: '',
    natureOfBusiness: '',
    agreementSignedOn: '',
    ...emptyFlowScope(),
    validFrom: todayIso(),
  });

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
          ...flowScopeOf(values),
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

  return (
    <FormFrame title="Register a processor" form={form} onSubmit={submit} onCancel={onCancel} submitLabel="Register processor">
      <TextField label="Name" {...bind('name')} required />
      <TextField label="Id" {...bind('id')} required hint="Suggested from the name." />
      <TextField label="Postal address" {...bind('address')} wide />
      <TextField label="Country" {...bind('country')} placeholder="US" />
      <TextField label="Nature of business" {...bind('natureOfBusiness')} />
      <TextField
        label="Agreement signed on"
        type="date"
        {...bind('agreementSignedOn')}
        required
        hint="The DPA or service-provider contract."
      />
      <TextField label="Receives data from" type="date" {...bind('validFrom')} required />
      <FlowScopeFields lists={lists} bind={bind} />
    </FormFrame>
  );
}

const CLASS_OPTIONS = RECIPIENT_CLASSES.map((value) => ({ value, label: recipientClassLabel(value) }));

/** registerRecipient, for a recipient of every class; the flows to it are added as disclosures. */
function RecipientForm({ onDone, onCancel }: RegistryFormProps) {
  const { form, values, bind, reset } = useRegistryForm(REGISTER_RECIPIENT_MUTATION, {
    id: '',
    name: '',
    class: '',
    legalName: '',
    address: '',
    country: '',
    natureOfBusiness: '',
    productsMarketed: '',
  });

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

  return (
    <FormFrame title="Register a recipient" form={form} onSubmit={submit} onCancel={onCancel} submitLabel="Register recipient">
      <TextField label="Name" {...bind('name')} required />
      <TextField label="Id" {...bind('id')} required hint="Suggested from the name." />
      <SelectField label="Class" {...bind('class')} options={CLASS_OPTIONS} required placeholder="Choose a class…" />
      <TextField label="Legal name" {...bind('legalName')} />
      <TextField label="Postal address" {...bind('address')} wide />
      <TextField label="Country" {...bind('country')} placeholder="US" />
      <TextField label="Nature of business" {...bind('natureOfBusiness')} />
      <TextField label="Products marketed" {...bind('productsMarketed')} hint="Examples, separated by commas." wide />
    </FormFrame>
  );
}

const USE_OPTIONS = DISCLOSURE_USES.map((value) => ({ value, label: disclosureUseLabel(value) }));

/** addDisclosure: a declared flow to a recipient. */
function DisclosureForm({ options, onDone, onCancel }: RegistryFormProps) {
  const lists = useOptionLists(options);
  const { form, values, bind, reset } = useRegistryForm(ADD_DISCLOSURE_MUTATION, {
    id: '',
    recipientId: '',
    use: '',
    validFrom: todayIso(),
    validTo: '',
    ...emptyFlowScope(),
    systemIds: [] as string[],
    policyClauseIds: [] as string[],
  });

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
          ...flowScopeOf(values),
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

  return (
    <FormFrame title="Add a disclosure" form={form} onSubmit={submit} onCancel={onCancel} submitLabel="Add disclosure">
      <SelectField label="Recipient" {...bind('recipientId')} options={lists.recipients} required placeholder="Choose a recipient…" />
      <SelectField label="Use" {...bind('use')} options={USE_OPTIONS} required placeholder="How the recipient uses the data…" />
      <TextField label="Id" {...bind('id')} hint="Optional; the server makes one up when empty." />
      <TextField label="Valid from" type="date" {...bind('validFrom')} required />
      <TextField label="Valid to" type="date" {...bind('validTo')} hint="Empty: still in force." />
      <FlowScopeFields lists={lists} bind={bind} />
      <CheckboxGroupField label="From systems" options={lists.systems} {...bind('systemIds')} />
      <CheckboxGroupField label="Policy clauses" options={lists.policyClauses} {...bind('policyClauseIds')} />
    </FormFrame>
  );
}

/** The registration forms: the button that opens each, and the form. Registry kinds name the ones they offer. */
export const REGISTRY_FORMS = {
  processor: { label: 'Register a processor', Form: ProcessorForm },
  recipient: { label: 'Register a recipient', Form: RecipientForm },
  disclosure: { label: 'Add a disclosure', Form: DisclosureForm },
  breachElements: { label: 'Set breach elements', Form: BreachElementsForm },
} satisfies Record<string, { label: string; Form: (props: RegistryFormProps) => ReactNode }>;
export type RegistryFormKind = keyof typeof REGISTRY_FORMS;
