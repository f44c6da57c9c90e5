import { useCallback, useRef, useState, type RefObject } from 'react';
import { graphqlRequest } from '../api/client';
import type { TypedDocumentString } from '../api/generated/graphql';
import { missingFields, submitErrors, type FieldErrors } from './form-errors';

export interface FormSubmit<R, V> {
  busy: boolean;
  fieldErrors: FieldErrors;
  formError: string | null;
  success: string | null;
  formRef: RefObject<HTMLFormElement | null>;
  /** Checks the required fields, sends the mutation and puts any error on its field. */
  submit(options: {
    values: Record<string, unknown>;
    required: readonly string[];
    /** Null while a required choice is still empty (the required check names it). */
    variables: V | null;
    onSuccess: (result: R) => string;
  }): void;
  clearField: (name: string) => void;
  reset: () => void;
}

function focusField(form: HTMLFormElement | null, name: string | undefined): void {
  if (!form || !name) return;
  const target =
    form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) ??
    form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"] input`);
  target?.focus();
}

/** The submit cycle of a registration form: busy flag, per-field errors from the server, a success message. */
export function useFormSubmit<R, V>(mutation: TypedDocumentString<R, V>, fields: readonly string[]): FormSubmit<R, V> {
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = useCallback<FormSubmit<R, V>['submit']>(
    ({ values, required, variables, onSuccess }) => {
      const missing = missingFields(values, required);
      setSuccess(null);
      if (Object.keys(missing).length > 0 || variables === null) {
        setFieldErrors(missing);
        setFormError('Some required fields are empty.');
        focusField(formRef.current, Object.keys(missing)[0]);
        return;
      }
      setBusy(true);
      setFieldErrors({});
      setFormError(null);
      graphqlRequest(mutation, variables).then(
        (result) => {
          setBusy(false);
          setSuccess(onSuccess(result));
        },
        (error: unknown) => {
          setBusy(false);
          const errors = submitErrors(error, fields);
          setFieldErrors(errors.fields);
          setFormError(errors.form ?? (Object.keys(errors.fields).length ? 'Check the highlighted field.' : null));
          // Let the error render, then move focus to the field it belongs to.
          window.requestAnimationFrame(() => focusField(formRef.current, Object.keys(errors.fields)[0]));
        },
      );
    },
    [mutation, fields],
  );

  const clearField = useCallback((name: string) => {
    setFieldErrors((current) => {
      if (!current[name]) return current;
      const next = { ...current };
      delete next[name];
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { busy, fieldErrors, formError, success, formRef, submit, clearField, reset };
}
