import { useId, type ReactNode } from 'react';
import type { ChecklistOption } from '../common/Checklist';

interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  wide?: boolean;
}

function FieldShell({ id, label, required, hint, error, children, wide }: FieldShellProps) {
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {children}
      <FieldMessage id={id} error={error} hint={hint} />
    </div>
  );
}

function RequiredMark() {
  return (
    <span className="required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

/** The field's error, or else its hint, under the id that `describedBy` names. */
function FieldMessage({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  if (error)
    return (
      <p className="field-error" id={`${id}-error`}>
        {error}
      </p>
    );
  if (hint)
    return (
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    );
  return null;
}

function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

export interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'email';
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  placeholder?: string;
  wide?: boolean;
  multiline?: boolean;
}

export function TextField({
  name,
  label,
  value,
  onChange,
  type = 'text',
  required,
  hint,
  error,
  placeholder,
  wide,
  multiline,
}: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    name,
    value,
    placeholder,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, hint),
  };
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error} wide={wide}>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldShell>
  );
}

export interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  placeholder?: string;
}

export function SelectField({ name, label, value, options, onChange, required, hint, error, placeholder }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export interface CheckboxGroupFieldProps {
  name: string;
  label: string;
  options: readonly ChecklistOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
}

/** A scrollable group of checkboxes for choosing several ids (a fieldset with a legend for screen readers). */
export function CheckboxGroupField({ name, label, options, value, onChange, required, hint, error }: CheckboxGroupFieldProps) {
  const id = useId();
  const chosen = new Set(value);
  return (
    <fieldset
      className={`field field-group${error ? ' has-error' : ''}`}
      id={id}
      data-field={name}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, error, hint)}
    >
      <legend>
        {label}
        {required ? <RequiredMark /> : null}
        {value.length ? <span className="muted"> · {value.length} chosen</span> : null}
      </legend>
      <div className="checkbox-box" tabIndex={-1}>
        {options.length === 0 ? <p className="muted">Nothing to choose from yet.</p> : null}
        {options.map((option) => (
          <label key={option.value} className="checklist-option" style={{ paddingLeft: `${0.25 + (option.depth ?? 0)}rem` }}>
            <input
              type="checkbox"
              name={name}
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(event) =>
                onChange(
                  options.map((item) => item.value).filter((item) => (item === option.value ? event.target.checked : chosen.has(item))),
                )
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessage id={id} error={error} hint={hint} />
    </fieldset>
  );
}
