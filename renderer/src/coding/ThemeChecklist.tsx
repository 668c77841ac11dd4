import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeRow } from '../codebook/theme-tree';

interface ThemeChecklistProps {
  legend: string;
  themes: readonly ThemeRow[];
  checked: ReadonlySet<string>;
  onToggle: (themeId: string) => void;
}

/** Themes as checkboxes in tree order, with a filter field for long codebooks. */
export function ThemeChecklist({ legend, themes, checked, onToggle }: ThemeChecklistProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle ? themes.filter((row) => row.path.toLocaleLowerCase().includes(needle)) : themes;
  }, [themes, filter]);
  return (
    <fieldset className="theme-picker">
      <legend>{legend}</legend>
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
      />
      {visible.length === 0 && <p className="hint">{t('coding.noMatch')}</p>}
      <ul className="theme-options">
        {visible.map((row) => (
          <li key={row.theme.id} style={{ paddingInlineStart: `${row.depth * 1.1}rem` }}>
            <label className="theme-option">
              <input
                type="checkbox"
                checked={checked.has(row.theme.id)}
                onChange={() => onToggle(row.theme.id)}
              />
              <span
                className="swatch"
                style={{ backgroundColor: row.theme.colour }}
                aria-hidden="true"
              />
              <span>{row.theme.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
