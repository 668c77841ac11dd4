import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEditable } from '../app/commands';
import type { ThemeRow } from '../codebook/theme-tree';
import { Swatch } from '../components/Swatch';

/** How many of the shown themes have a number key. */
const NUMBERED = 9;

interface ThemeChecklistProps {
  legend: string;
  themes: readonly ThemeRow[];
  checked: ReadonlySet<string>;
  onToggle: (themeId: string) => void;
  /**
   * Given, keys 1–9 pick the first nine themes shown (each carries its number), unless the user
   * is typing somewhere: the coding form codes with them at once.
   */
  onNumberKey?: (themeId: string) => void;
  /** The filter field is where Ctrl+F goes (the coding panel's, not an edit form's). */
  findTarget?: boolean;
}

/** Themes as checkboxes in tree order, with a filter field for long codebooks. */
export function ThemeChecklist({
  legend,
  themes,
  checked,
  onToggle,
  onNumberKey,
  findTarget = false,
}: ThemeChecklistProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle ? themes.filter((row) => row.path.toLocaleLowerCase().includes(needle)) : themes;
  }, [themes, filter]);
  useNumberKeys(visible, onNumberKey);
  const keyOf = (index: number) => (onNumberKey && index < NUMBERED ? index + 1 : null);

  return (
    <fieldset className="theme-picker">
      <legend>{legend}</legend>
      {themes.length === 0 ? (
        <p className="hint">{t('coding.noThemes')}</p>
      ) : (
        <>
          <label className="visually-hidden" htmlFor={`${id}-filter`}>
            {t('coding.filter')}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            className="theme-filter"
            placeholder={t('coding.filter')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            data-find={findTarget || undefined}
          />
          {visible.length === 0 && <p className="hint">{t('coding.noMatch')}</p>}
          <ul className="theme-options">
            {visible.map((row, index) => (
              <li key={row.theme.id} style={{ paddingInlineStart: `${row.depth * 1.1}rem` }}>
                <label className="theme-option">
                  <input
                    type="checkbox"
                    checked={checked.has(row.theme.id)}
                    onChange={() => onToggle(row.theme.id)}
                    aria-keyshortcuts={keyOf(index)?.toString()}
                  />
                  {onNumberKey && (
                    <span className="key-badge" aria-hidden="true">
                      {keyOf(index) ?? ''}
                    </span>
                  )}
                  <Swatch colour={row.theme.colour} />
                  <span>{row.theme.name}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </fieldset>
  );
}

/** Number keys pick a shown theme, unless the user is typing somewhere. */
function useNumberKeys(
  visible: readonly ThemeRow[],
  onNumberKey: ((themeId: string) => void) | undefined,
): void {
  useEffect(() => {
    if (!onNumberKey) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isEditable(event.target as Element | null)) return;
      const n = Number.parseInt(event.key, 10);
      if (!(n >= 1 && n <= NUMBERED)) return;
      const row = visible[n - 1];
      if (!row) return;
      event.preventDefault();
      onNumberKey(row.theme.id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });
}
