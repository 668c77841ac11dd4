import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { growingUnits, type TextUnit } from '../../../shared/analysis/text-units';
import { isEditable } from '../app/commands';

/** The key that grows the selection one unit (the same on Swedish and English keyboards). */
export const GROW_KEY = '+';

interface SelectionUnitsProps {
  /** The units the selection can grow to (those that would add text). */
  available: ReadonlySet<TextUnit>;
  /** Grows to a unit, or (null) to the next larger one; answers the unit reached. */
  onExtend: (unit: TextUnit | null) => Promise<TextUnit | null>;
}

/**
 * "Utöka till": grows a selection to its sentence, paragraph or speaker turn, by a button or
 * step by step with the + key, and says what it became for screen readers.
 */
export function SelectionUnits({ available, onExtend }: SelectionUnitsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reached, setReached] = useState<TextUnit | null>(null);

  const extend = async (unit: TextUnit | null) => {
    const grown = await onExtend(unit);
    setReached(grown);
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== GROW_KEY || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || isEditable(event.target as Element | null)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      void onExtend(null).then(setReached);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onExtend]);

  return (
    <div className="selection-units" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="small-label">
        {t('codingUnits.extendTo')}
      </span>
      <span className="key-badge" title={t('codingUnits.growKey')} aria-hidden="true">
        {GROW_KEY}
      </span>
      <span className="visually-hidden">{t('codingUnits.growKey')}</span>
      <span className="unit-buttons">
        {growingUnits.map((unit) => (
          <button
            key={unit}
            type="button"
            className="unit-button"
            disabled={!available.has(unit)}
            onClick={() => void extend(unit)}
          >
            {t(`codingUnits.unit.${unit}`)}
          </button>
        ))}
      </span>
      <p className="visually-hidden" role="status">
        {reached ? t('codingUnits.grown', { unit: t(`codingUnits.unit.${reached}`) }) : ''}
      </p>
    </div>
  );
}
