import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { themePalette } from '../../../shared/model/theme-palette';

/** The theme colour as a radio group of swatches (arrow keys move between them). */
export function ColourPicker({
  value,
  onChange,
}: {
  value: string;
  onChange: (colour: string) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const current = value.toLowerCase();
  // A colour from elsewhere (an older codebook, the demo) stays choosable.
  const extra = themePalette.some((p) => p.colour === current) ? [] : [current];
  return (
    <fieldset className="colour-picker">
      <legend>{t('codebook.colour')}</legend>
      <div className="swatch-row">
        {themePalette.map((p) => (
          <label key={p.name} className="swatch-option" title={t(`codebook.colourNames.${p.name}`)}>
            <input
              type="radio"
              name={name}
              value={p.colour}
              checked={current === p.colour}
              onChange={() => onChange(p.colour)}
            />
            <span className="swatch-big" style={{ backgroundColor: p.colour }} aria-hidden="true" />
            <span className="visually-hidden">{t(`codebook.colourNames.${p.name}`)}</span>
          </label>
        ))}
        {extra.map((colour) => (
          <label key={colour} className="swatch-option" title={colour}>
            <input
              type="radio"
              name={name}
              value={colour}
              checked
              onChange={() => onChange(colour)}
            />
            <span className="swatch-big" style={{ backgroundColor: colour }} aria-hidden="true" />
            <span className="visually-hidden">{colour}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
