import { useId, type ReactNode } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'number' | 'search';
  required?: boolean;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  /** Extra attributes for the control, e.g. step for numbers. */
  step?: string;
  onBlur?: () => void;
  /** The value cannot be used as it is (the note says why). */
  invalid?: boolean;
  /** A line under the field, read out with it (e.g. why the text is not saved). */
  note?: ReactNode;
}

/** A labelled text input or textarea, with an optional hint read out with the field. */
export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  required = false,
  hint,
  multiline = false,
  rows = 3,
  maxLength,
  step,
  onBlur,
  invalid = false,
  note,
}: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const noteId = note ? `${id}-note` : undefined;
  const common = {
    id,
    value,
    required,
    maxLength,
    onBlur,
    'aria-invalid': invalid || undefined,
    'aria-describedby': [hintId, noteId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          step={step}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {note && <div id={noteId}>{note}</div>}
    </div>
  );
}
