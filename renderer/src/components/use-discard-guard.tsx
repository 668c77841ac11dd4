import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHeldText, type HeldText } from '../state/use-autosaved-draft';
import { Dialog } from './Dialog';

export interface DiscardGuard extends HeldText {
  /** For Escape and Cancel: closes at once without typed text, else asks first. */
  requestClose: () => void;
  /** The question, when it is being asked; render it inside the dialog. */
  confirm: ReactNode;
}

/**
 * A dialog with typed text never loses it by a stray Escape or Cancel: it asks "Discard the text
 * you typed?" with Keep editing first (and focused). While there is typed text the dialog also
 * counts as unsaved, so the header says so and leaving the page asks.
 */
export function useDiscardGuard(typed: boolean, onClose: () => void): DiscardGuard {
  const [asking, setAsking] = useState(false);
  const { sending } = useHeldText(typed);
  const requestClose = () => {
    if (typed) setAsking(true);
    else onClose();
  };
  const confirm = asking ? (
    <DiscardDialog
      onKeep={() => setAsking(false)}
      onDiscard={() => {
        setAsking(false);
        onClose();
      }}
    />
  ) : null;
  return { requestClose, confirm, sending };
}

function DiscardDialog({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('drafts.discardTitle')} onClose={onKeep}>
      <div className="dialog-body">
        <p>{t('drafts.discardBody')}</p>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onKeep}>
            {t('drafts.keepEditing')}
          </button>
          <button type="button" className="button button-danger" onClick={onDiscard}>
            {t('drafts.discard')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
