import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { isEditable } from '../app/commands';
import { isCodable, type ThemeRow } from '../../../shared/model/theme-tree';
import { Swatch } from '../components/Swatch';

/** How many of the shown themes have a number key. */
const NUMBERED = 9;
/** The key that takes the coding form's keyboard user to the theme filter ("tema"/"theme"). */
export const FIND_THEME_KEY = 't';

interface ThemeChecklistProps {
  legend: string;
  themes: readonly ThemeRow[];
  checked: ReadonlySet<string>;
  onToggle: (themeId: string) => void;
  /**
   * Given, keys 1–9 pick the first nine themes shown (each carries its number), unless the user
   * is typing somewhere, and Enter in the filter picks the chosen match: the coding form codes
   * with it at once. Without it, Enter ticks the chosen match.
   */
  onNumberKey?: (themeId: string) => void;
  /** The filter field is where Ctrl+F and the T key go (the coding panel's, not an edit form's). */
  findTarget?: boolean;
}

/**
 * Themes as checkboxes in tree order, with a filter field for long codebooks: type to filter,
 * arrows to choose a match, Enter to apply it, Escape to clear; what Enter will do is announced.
 */
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
  const inputRef = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState(0);
  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle ? themes.filter((row) => row.path.toLocaleLowerCase().includes(needle)) : themes;
  }, [themes, filter]);
  // A grouping is shown for the tree's sake but never picked: no number key, no Enter.
  const pickable = useMemo(() => visible.filter((row) => isCodable(row.theme)), [visible]);
  useNumberKeys(pickable, onNumberKey);
  useFindKey(findTarget, inputRef);
  const keyOf = (row: ThemeRow) => {
    const index = pickable.indexOf(row);
    return onNumberKey && index >= 0 && index < NUMBERED ? index + 1 : null;
  };
  const filtering = filter.trim() !== '';
  const match = filtering ? pickable[Math.min(chosen, pickable.length - 1)] : undefined;

  useEffect(() => {
    if (match)
      document.getElementById(`${id}-${match.theme.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, match]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!filtering || pickable.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setChosen((Math.min(chosen, pickable.length - 1) + step + pickable.length) % pickable.length);
    } else if (event.key === 'Enter' && filtering) {
      // Enter applies the chosen match; while filtering it never submits the form.
      event.preventDefault();
      if (!match) return;
      if (onNumberKey) onNumberKey(match.theme.id);
      else onToggle(match.theme.id);
    } else if (event.key === 'Escape' && filter) {
      event.preventDefault();
      setFilter('');
    }
  };

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
            ref={inputRef}
            id={`${id}-filter`}
            type="search"
            className="theme-filter"
            placeholder={findTarget ? t('themeFinder.placeholder') : t('coding.filter')}
            value={filter}
            onChange={(event) => {
              setFilter(event.target.value);
              setChosen(0);
            }}
            onKeyDown={onKeyDown}
            aria-describedby={`${id}-hint`}
            aria-keyshortcuts={findTarget ? FIND_THEME_KEY.toUpperCase() : undefined}
            data-find={findTarget || undefined}
          />
          <p className="visually-hidden" id={`${id}-hint`}>
            {t(onNumberKey ? 'themeFinder.hint' : 'themeFinder.editHint')}
          </p>
          <p className="visually-hidden" role="status">
            {filtering &&
              [
                t('themeFinder.matches', { count: visible.length }),
                match &&
                  t(onNumberKey ? 'themeFinder.enterCodes' : 'themeFinder.enterToggles', {
                    theme: match.path,
                  }),
              ]
                .filter(Boolean)
                .join(' ')}
          </p>
          {visible.length === 0 && <p className="hint">{t('coding.noMatch')}</p>}
          <ul className="theme-options">
            {visible.map((row) =>
              // A grouping someone coded with before it became one can still be unticked.
              !isCodable(row.theme) && !checked.has(row.theme.id) ? (
                <li key={row.theme.id} style={{ paddingInlineStart: `${row.depth * 1.1}rem` }}>
                  <div className="theme-option theme-option-grouping">
                    <span className="checkbox-space" aria-hidden="true" />
                    {onNumberKey && <span className="key-badge" aria-hidden="true" />}
                    <Swatch colour={row.theme.colour} />
                    <span className="grouping-name">{row.theme.name}</span>
                    <span className="grouping-label">
                      {t('groupingTheme.label')}
                      <span className="visually-hidden">: {t('groupingTheme.skipped')}</span>
                    </span>
                  </div>
                </li>
              ) : (
                <li
                  key={row.theme.id}
                  id={`${id}-${row.theme.id}`}
                  className={row === match ? 'is-chosen' : undefined}
                  style={{ paddingInlineStart: `${row.depth * 1.1}rem` }}
                >
                  <label className="theme-option">
                    <input
                      type="checkbox"
                      checked={checked.has(row.theme.id)}
                      onChange={() => onToggle(row.theme.id)}
                      aria-keyshortcuts={keyOf(row)?.toString()}
                    />
                    {onNumberKey && (
                      <span className="key-badge" aria-hidden="true">
                        {keyOf(row) ?? ''}
                      </span>
                    )}
                    <Swatch colour={row.theme.colour} />
                    <span>{row.theme.name}</span>
                    {row === match && (
                      <span className="enter-badge" aria-hidden="true">
                        ↵
                      </span>
                    )}
                  </label>
                </li>
              ),
            )}
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
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
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

/** T (when not typing) goes to the filter field, so any theme is a few keys away. */
function useFindKey(enabled: boolean, inputRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() !== FIND_THEME_KEY) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isEditable(event.target as Element | null) || document.querySelector('dialog[open]')) {
        return;
      }
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, inputRef]);
}
