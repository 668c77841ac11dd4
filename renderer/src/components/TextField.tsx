import { useId } from 'react';

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
}: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value,
    required,
    maxLength,
    'aria-describedby': hintId,
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
    </div>
  );
}
