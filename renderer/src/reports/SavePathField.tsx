import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Where to save when there is no native save dialog (the browser fallback): the whole path,
 * typed. The app cannot browse the disk from a web page.
 */
export function SavePathField({
  value,
  onChange,
  example,
}: {
  value: string;
  onChange: (value: string) => void;
  example: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field path-field">
      <label htmlFor={id}>{t('reportsView.savePath')}</label>
      <input
        id={id}
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('reportsView.savePathHint', { example })}
      </p>
    </div>
  );
}
