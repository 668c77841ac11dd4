import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  /** Nothing to submit yet, or a submit is under way. */
  disabled: boolean;
  onCancel: () => void;
  /** For a part that is not a <form> of its own (forms cannot nest): the button calls this. */
  onSubmit?: () => void;
  /** The form the submit button submits when the actions stand outside it (after a part of its own). */
  formId?: string;
  /** Small buttons in a row, for a form inside a panel rather than a dialog. */
  compact?: boolean;
  /** Said before the buttons, e.g. what saving will change. */
  children?: ReactNode;
}

/** Cancel and the submit button, in the same order and look wherever a form ends. */
export function FormActions({
  submitLabel,
  disabled,
  onCancel,
  onSubmit,
  formId,
  compact = false,
  children,
}: FormActionsProps) {
  const { t } = useTranslation();
  const size = compact ? 'button button-small' : 'button';
  return (
    <div className={compact ? 'button-row' : 'dialog-actions'}>
      {children}
      <button type="button" className={size} onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button
        type={onSubmit ? 'button' : 'submit'}
        className={`${size} button-primary`}
        disabled={disabled}
        form={formId}
        onClick={onSubmit}
      >
        {submitLabel}
      </button>
    </div>
  );
}
