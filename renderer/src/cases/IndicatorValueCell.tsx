import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { newId } from '../../../shared/model/primitives';
import type { Case, Indicator } from '../../../shared/model/entities';
import { useLang } from '../i18n/use-lang';
import { run } from '../state/project-store';
import { useHeldText } from '../state/use-autosaved-draft';
import { formatNumber } from '../i18n/format-number';
import { parseNumber } from './indicator-model';

interface IndicatorValueCellProps {
  kase: Case;
  name: string;
  /** The unit a new value gets (the row's common unit). */
  unit: string;
  indicator: Indicator | undefined;
}

/**
 * One case's value of one indicator, edited in place: the value is a button; Enter or a click
 * turns it into a field, Enter or leaving the field saves, Escape cancels. An empty field
 * removes the value (undo brings it back).
 */
export function IndicatorValueCell({ kase, name, unit, indicator }: IndicatorValueCellProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const shown = indicator ? String(indicator.value).replace('.', lang === 'sv' ? ',' : '.') : '';
  useHeldText(editing && text.trim() !== shown);

  const start = () => {
    setText(shown);
    setInvalid(false);
    setEditing(true);
  };
  const stop = () => {
    setEditing(false);
    // Back to the button, so keyboard users keep their place in the table.
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const save = () => {
    const value = parseNumber(text);
    if (text.trim() !== '' && !Number.isFinite(value)) {
      setInvalid(true);
      return;
    }
    stop();
    if (text.trim() === '') {
      if (indicator)
        void run('cases.update', {
          id: kase.id,
          patch: { indicators: kase.indicators.filter((i) => i.id !== indicator.id) },
        });
      return;
    }
    if (indicator?.value === value) return;
    const indicators = indicator
      ? kase.indicators.map((i) => (i.id === indicator.id ? { ...i, value } : i))
      : [...kase.indicators, { id: newId(), name, value, unit, source: '', date: null, note: '' }];
    void run('cases.update', { id: kase.id, patch: { indicators } });
  };

  if (editing) {
    return (
      <input
        className={invalid ? 'value-input is-invalid' : 'value-input'}
        type="text"
        inputMode="decimal"
        autoFocus
        value={text}
        aria-label={t('indicatorTable.valueOf', { indicator: name, case: kase.name })}
        aria-invalid={invalid}
        title={invalid ? t('indicatorTable.notANumber') : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setInvalid(false);
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            stop();
          }
        }}
      />
    );
  }
  return (
    <button
      ref={buttonRef}
      type="button"
      className={indicator ? 'value-button' : 'value-button is-missing'}
      aria-label={
        indicator
          ? t('indicatorTable.editValue', {
              indicator: name,
              case: kase.name,
              value: `${formatNumber(indicator.value, lang)} ${indicator.unit}`.trim(),
            })
          : t('indicatorTable.addValue', { indicator: name, case: kase.name })
      }
      title={
        indicator
          ? [indicator.source, indicator.date && formatDate(indicator.date, lang)]
              .filter(Boolean)
              .join(', ') || undefined
          : undefined
      }
      onClick={start}
    >
      {indicator ? formatNumber(indicator.value, lang) : '–'}
    </button>
  );
}
