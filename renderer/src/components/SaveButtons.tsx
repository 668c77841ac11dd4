import { useTranslation } from 'react-i18next';

interface SaveButtonsProps {
  label: string;
  /** There is something to save: Save is enabled and Revert shown. */
  changed: boolean;
  busy?: boolean;
  /** Puts the stored values back; without it there is no Revert button. */
  onRevert?: () => void;
  /** A live line beside the buttons ("Sparat"); given, it is always there so it is announced. */
  status?: string;
  /** Closer to the fields above (the conclusions editors). */
  tight?: boolean;
}

/** An editor form's submit button, with Revert while there are unsaved changes. */
export function SaveButtons({
  label,
  changed,
  busy = false,
  onRevert,
  status,
  tight = false,
}: SaveButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className={tight ? 'button-row tight' : 'button-row'}>
      <button
        type="submit"
        className="button button-primary button-small"
        disabled={!changed || busy}
      >
        {label}
      </button>
      {changed && onRevert && (
        <button type="button" className="button-quiet button-small" onClick={onRevert}>
          {t('matrix.revertSynthesis')}
        </button>
      )}
      {status !== undefined && (
        <span className="inline-status" role="status">
          {status}
        </span>
      )}
    </div>
  );
}
