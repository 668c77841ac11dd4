import { useTranslation } from 'react-i18next';

interface DialogActionsProps {
  submitLabel: string;
  /** Nothing to submit yet, or a submit is under way. */
  disabled: boolean;
  onCancel: () => void;
}

/** A dialog form's Cancel and submit buttons, in the same place and order in every dialog. */
export function DialogActions({ submitLabel, disabled, onCancel }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button button-primary" disabled={disabled}>
        {submitLabel}
      </button>
    </div>
  );
}
