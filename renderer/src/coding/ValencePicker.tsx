import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ValenceSchema, type Valence } from '../../../shared/model/entities';

/** A coding's valence as a row of radio pills. */
export function ValencePicker({
  value,
  onChange,
}: {
  value: Valence;
  onChange: (valence: Valence) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="valence-picker">
      <legend>{t('coding.valence')}</legend>
      <div className="radio-row">
        {ValenceSchema.options.map((option) => (
          <label key={option} className="radio-pill">
            <input
              type="radio"
              name={`${id}-valence`}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span>{t(`valence.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
