import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/model/entities';
import { themeTree } from '../../../shared/model/theme-tree';
import { indentedName } from '../codebook/theme-options';
import { Swatch } from './Swatch';

interface ThemeSelectProps {
  label: string;
  themes: readonly Theme[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * A set of themes: the chosen ones as chips with a remove button each, and a select (the
 * codebook tree, indented) that adds one.
 */
export function ThemeSelect({ label, themes, selected, onChange }: ThemeSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const rows = useMemo(() => themeTree(themes), [themes]);
  const byId = new Map(themes.map((th) => [th.id, th]));
  return (
    <fieldset className="theme-select">
      <legend>{label}</legend>
      {selected.length === 0 ? (
        <p className="hint">{t('conclusionsCommon.noThemes')}</p>
      ) : (
        <ul className="chips plain-list">
          {selected.map((themeId) => {
            const theme = byId.get(themeId);
            if (!theme) return null;
            return (
              <li key={themeId} className="theme-chip removable-chip">
                <Swatch colour={theme.colour} />
                {theme.name}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('conclusionsCommon.removeTheme', { name: theme.name })}
                  onClick={() => onChange(selected.filter((x) => x !== themeId))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label className="visually-hidden" htmlFor={id}>
        {t('conclusionsCommon.addThemeTo', { label })}
      </label>
      <select
        id={id}
        className="add-select"
        value=""
        onChange={(event) => {
          if (event.target.value) onChange([...selected, event.target.value]);
        }}
      >
        <option value="">{t('conclusionsCommon.addTheme')}</option>
        {rows
          .filter((row) => !selected.includes(row.theme.id))
          .map((row) => (
            <option key={row.theme.id} value={row.theme.id}>
              {indentedName(row)}
            </option>
          ))}
      </select>
    </fieldset>
  );
}
