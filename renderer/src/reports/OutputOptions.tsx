import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/i18n';

export interface OutputChoice {
  /** null: the project's language. */
  language: Lang | null;
  pseudonymise: boolean;
}

/** Language and pseudonymisation, the two options every output shares. */
export function OutputOptions({
  value,
  projectLanguage,
  onChange,
}: {
  value: OutputChoice;
  projectLanguage: Lang;
  onChange: (value: OutputChoice) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="output-options">
      <div className="field">
        <label htmlFor={`${id}-lang`}>{t('reportsView.language')}</label>
        <select
          id={`${id}-lang`}
          value={value.language ?? ''}
          onChange={(event) =>
            onChange({ ...value, language: (event.target.value || null) as Lang | null })
          }
        >
          <option value="">
            {t('reportsView.projectLanguage', { language: t(`language.${projectLanguage}`) })}
          </option>
          <option value="sv">{t('language.sv')}</option>
          <option value="en">{t('language.en')}</option>
        </select>
      </div>
      <div className="field">
        <label className="opt-check">
          <input
            type="checkbox"
            checked={value.pseudonymise}
            aria-describedby={`${id}-pseudo`}
            onChange={(event) => onChange({ ...value, pseudonymise: event.target.checked })}
          />
          {t('reportsView.pseudonymise')}
        </label>
        <p className="hint" id={`${id}-pseudo`}>
          {value.pseudonymise ? t('reportsView.pseudonymiseOn') : t('reportsView.pseudonymiseOff')}
        </p>
      </div>
    </div>
  );
}
