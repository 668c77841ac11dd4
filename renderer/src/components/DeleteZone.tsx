import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export interface DeleteZoneProps {
  /** The button's and the confirming button's text, e.g. "Ta bort fallet". */
  label: string;
  /** The question the dialog asks. */
  title: string;
  /** What goes with it. */
  body: string;
  onDelete: () => void;
}

/** The delete button at the foot of an editor; it asks first, saying what goes with it. */
export function DeleteZone({ label, title, body, onDelete }: DeleteZoneProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="danger-zone">
        <button
          type="button"
          className="button button-danger-quiet"
          onClick={() => setConfirming(true)}
        >
          {label}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={title}
          confirmLabel={label}
          onConfirm={onDelete}
          onClose={() => setConfirming(false)}
        >
          <p>{body}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
