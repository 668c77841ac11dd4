import { useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';
import { TextField } from './TextField';
import { useDiscardGuard } from './use-discard-guard';

interface AddTextDialogProps {
  title: string;
  label: string;
  hint?: string;
  submitLabel: string;
  multiline?: boolean;
  /** Creates the entity; resolves with its id, or null when it failed (the banner says why). */
  onSubmit: (text: string) => Promise<string | null>;
  onAdded: (id: string) => void;
  onClose: () => void;
}

/** Starts a finding, recommendation or question from its one required text; the rest follows in its editor. */
export function AddTextDialog(props: AddTextDialogProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const { requestClose, confirm } = useDiscardGuard(text.trim() !== '', props.onClose);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    const id = await props.onSubmit(text.trim());
    setBusy(false);
    if (id) {
      props.onAdded(id);
      props.onClose();
    }
  };
  return (
    <Dialog title={props.title} onClose={requestClose}>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <TextField
          label={props.label}
          value={text}
          onChange={setText}
          required
          multiline={props.multiline}
          rows={4}
          hint={props.hint}
        />
        <FormActions
          submitLabel={props.submitLabel}
          disabled={!text.trim() || busy}
          onCancel={requestClose}
        />
      </form>
      {confirm}
    </Dialog>
  );
}
