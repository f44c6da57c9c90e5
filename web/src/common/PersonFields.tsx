import { useId } from 'react';
import { asPersonKey, PERSON_KEYS, personKeyLabel, type PersonInput, type PersonKey } from './person-keys';

/** The input type that brings up the right keyboard for each identifier. */
const INPUT_TYPE: Record<PersonKey, string> = { email: 'email', phone: 'tel', externalId: 'text' };

/** What the fields show when the question names no one. */
export const NO_PERSON: PersonInput = { key: 'email', value: '' };

export interface PersonFieldsProps {
  person: PersonInput;
  onChange: (person: PersonInput) => void;
  /** The label of the identifier select: "Identifier", "Person (optional)". */
  keyLabel: string;
  placeholder: string;
  /** The value input's type; by default email, tel or text after the identifier. */
  inputType?: string;
  /** The id of the form's error message while it shows one: marks the value invalid and points to the message. */
  errorId?: string;
}

/** Two fields of a question form's row: which identifier (a select) and its value (an input labelled with the identifier's name). */
export function PersonFields({ person, onChange, keyLabel, placeholder, inputType, errorId }: PersonFieldsProps) {
  const ids = { key: useId(), value: useId() };
  return (
    <>
      <div className="field field-narrow">
        <label htmlFor={ids.key}>{keyLabel}</label>
        <select
          id={ids.key}
          value={person.key}
          onChange={(event) => onChange({ ...person, key: asPersonKey(event.target.value) ?? person.key })}
        >
          {PERSON_KEYS.map((candidate) => (
            <option key={candidate} value={candidate}>
              {personKeyLabel(candidate)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-grow">
        <label htmlFor={ids.value}>{personKeyLabel(person.key)}</label>
        <input
          id={ids.value}
          name={person.key}
          type={inputType ?? INPUT_TYPE[person.key]}
          value={person.value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange({ ...person, value: event.target.value })}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
        />
      </div>
    </>
  );
}
