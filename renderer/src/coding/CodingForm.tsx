import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ValenceSchema, type Valence } from '../../../shared/model/entities';
import { isEditable } from '../app/commands';
import type { ThemeRow } from '../codebook/theme-tree';
import { shortSnippet } from './coding-model';

const NUMBERED = 9;

interface CodingFormProps {
  selectedText: string;
  themes: readonly ThemeRow[];
  onCode: (themeIds: string[], valence: Valence, memo: string) => Promise<boolean>;
  onClearSelection: () => void;
}

/**
 * Codes the selected text: pick themes (the first nine shown have number keys that code at
 * once), a valence and an optional memo.
 */
export function CodingForm({ selectedText, themes, onCode, onClearSelection }: CodingFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [valence, setValence] = useState<Valence>('neutral');
  const [memo, setMemo] = useState('');
  const [busy, setBusy] = useState(false);

  const visible = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    return needle ? themes.filter((row) => row.path.toLocaleLowerCase().includes(needle)) : themes;
  }, [themes, filter]);

  const code = async (themeIds: string[]) => {
    if (themeIds.length === 0 || busy) return;
    setBusy(true);
    const done = await onCode(themeIds, valence, memo);
    setBusy(false);
    if (done) {
      setChecked(new Set());
      setMemo('');
    }
  };

  // Number keys code the selection at once, unless the user is typing somewhere.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isEditable(event.target as Element | null)) return;
      const n = Number.parseInt(event.key, 10);
      if (!(n >= 1 && n <= NUMBERED)) return;
      const row = visible[n - 1];
      if (!row) return;
      event.preventDefault();
      void code([row.theme.id]);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const toggle = (themeId: string) => {
    const next = new Set(checked);
    if (next.has(themeId)) next.delete(themeId);
    else next.add(themeId);
    setChecked(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void code([...checked]);
  };

  return (
    <form className="coding-form" onSubmit={submit} aria-label={t('coding.panel')}>
      <div className="selection-preview">
        <h3 className="panel-label">{t('coding.selection')}</h3>
        <blockquote>{shortSnippet(selectedText, 280)}</blockquote>
        <button type="button" className="button-quiet button-small" onClick={onClearSelection}>
          {t('coding.clearSelection')}
        </button>
      </div>
      <fieldset className="theme-picker">
        <legend>{t('coding.themes')}</legend>
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
              data-find
            />
            {visible.length === 0 && <p className="hint">{t('coding.noMatch')}</p>}
            <ul className="theme-options">
              {visible.map((row, index) => (
                <li key={row.theme.id} style={{ paddingInlineStart: `${row.depth * 1.1}rem` }}>
                  <label className="theme-option">
                    <input
                      type="checkbox"
                      checked={checked.has(row.theme.id)}
                      onChange={() => toggle(row.theme.id)}
                      aria-keyshortcuts={index < NUMBERED ? String(index + 1) : undefined}
                    />
                    <span className="key-badge" aria-hidden="true">
                      {index < NUMBERED ? index + 1 : ''}
                    </span>
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
          </>
        )}
      </fieldset>
      <fieldset className="valence-picker">
        <legend>{t('coding.valence')}</legend>
        <div className="radio-row">
          {ValenceSchema.options.map((option) => (
            <label key={option} className="radio-pill">
              <input
                type="radio"
                name={`${id}-valence`}
                value={option}
                checked={valence === option}
                onChange={() => setValence(option)}
              />
              <span>{t(`valence.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-memo`}>
          {t('coding.memo')} <span className="muted">{t('common.optional')}</span>
        </label>
        <textarea
          id={`${id}-memo`}
          rows={2}
          value={memo}
          onChange={(event) => setMemo(event.target.value)}
        />
      </div>
      <div className="coding-submit">
        <button
          type="submit"
          className="button button-primary button-block"
          disabled={checked.size === 0 || busy}
        >
          {t('coding.code')}
        </button>
      </div>
    </form>
  );
}
