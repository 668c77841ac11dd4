import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEscape } from './use-escape';

export interface PickOption<T extends string = string> {
  value: T;
  label: string;
}

interface MultiPickProps<T extends string> {
  label: string;
  /** What the button says when nothing is ticked (which means "any"). */
  anyLabel: string;
  options: readonly PickOption<T>[];
  selected: readonly T[];
  onChange: (values: T[]) => void;
}

/**
 * A filter of several values: a button naming what is chosen, opening a panel of checkboxes.
 * Nothing ticked means any. Escape or a click elsewhere closes the panel; focus returns to the
 * button after Escape.
 */
export function MultiPick<T extends string>({
  label,
  anyLabel,
  options,
  selected,
  onChange,
}: MultiPickProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  useEscape(open, close);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const chosen = options.filter((o) => selected.includes(o.value));
  const summary =
    chosen.length === 0
      ? anyLabel
      : chosen.length === 1
        ? (chosen[0]?.label ?? '')
        : t('common.chosen', { count: chosen.length });
  const toggle = (value: T, on: boolean) =>
    onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));

  return (
    <div className="field multi-pick" ref={root}>
      <span className="multi-pick-label" id={`${id}-label`}>
        {label}
      </span>
      <button
        ref={button}
        type="button"
        className="multi-pick-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-labelledby={`${id}-label ${id}-summary`}
        onClick={() => setOpen((now) => !now)}
      >
        <span id={`${id}-summary`} className={chosen.length === 0 ? 'muted' : undefined}>
          {summary}
        </span>
        <span aria-hidden="true" className="multi-pick-caret">
          ▾
        </span>
      </button>
      {open && (
        <fieldset className="multi-pick-panel" id={`${id}-panel`}>
          <legend className="visually-hidden">{label}</legend>
          <ul className="plain-list">
            {options.map((option) => (
              <li key={option.value}>
                <label className="check-row">
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                  />
                  <span>{option.label}</span>
                </label>
              </li>
            ))}
          </ul>
          <div className="button-row tight">
            <button
              type="button"
              className="button-quiet button-small"
              disabled={selected.length === 0}
              onClick={() => onChange([])}
            >
              {t('common.chooseAny')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
