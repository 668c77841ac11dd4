import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A coding's optional memo. */
export function MemoField({
  value,
  onChange,
  onBlur,
  rows,
}: {
  value: string;
  onChange: (memo: string) => void;
  onBlur?: () => void;
  rows: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {t('coding.memo')} <span className="muted">{t('common.optional')}</span>
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
