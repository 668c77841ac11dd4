import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A coding's optional memo. */
export function MemoField({
  value,
  onChange,
  rows,
}: {
  value: string;
  onChange: (memo: string) => void;
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
      />
    </div>
  );
}
