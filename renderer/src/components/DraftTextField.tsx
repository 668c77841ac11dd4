import type { AutosavedDraft } from '../state/use-autosaved-draft';
import { DraftNote } from './DraftNote';
import { TextField } from './TextField';

interface DraftTextFieldProps {
  label: string;
  draft: AutosavedDraft<string>;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  type?: 'text' | 'date';
  /** Why the text cannot be saved as it is (see DraftNote). */
  invalidText?: string;
}

/**
 * A text field over an autosaved draft: typing saves after a pause, leaving the field saves at
 * once, and a note under it says when the text cannot be saved.
 */
export function DraftTextField({ label, draft, invalidText, ...field }: DraftTextFieldProps) {
  return (
    <TextField
      {...field}
      label={label}
      value={draft.value}
      onChange={field.type === 'date' ? draft.commit : draft.change}
      onBlur={draft.flush}
      invalid={draft.state === 'invalid'}
      note={<DraftNote state={draft.state} invalidText={invalidText} onRestore={draft.revert} />}
    />
  );
}
