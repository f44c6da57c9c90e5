import type { FormEvent, ReactNode } from 'react';

export interface QuestionCardProps {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  /** Called on submit, the browser's own submission prevented. */
  onSubmit: () => void;
  /** Leaves the form out of the printout (the pages that print their answer). */
  noPrint?: boolean;
  /** The form's error, shown under the fields as an alert with `errorId`, in place of the hint. */
  error?: string | null;
  errorId?: string;
  hint?: ReactNode;
  /** The fields, in one row before the submit button. */
  children: ReactNode;
}

/** The form above an answer page: a card with one row of fields and the submit button, then the error or a hint. */
export function QuestionCard({ label, submitLabel, onSubmit, noPrint, error, errorId, hint, children }: QuestionCardProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className={`card question-form${noPrint ? ' no-print' : ''}`} onSubmit={submit} noValidate aria-label={label}>
      <div className="form-row">
        {children}
        <div className="field field-action">
          <button type="submit" className="button button-primary">
            {submitLabel}
          </button>
        </div>
      </div>
      {error ? (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p className="hint">{hint}</p>
      ) : null}
    </form>
  );
}
