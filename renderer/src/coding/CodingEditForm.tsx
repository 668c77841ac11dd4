import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ValenceSchema, type Coding, type Valence } from '../../../shared/model/entities';
import type { ThemeRow } from '../codebook/theme-tree';
import { run } from '../state/project-store';
import { ThemeChecklist } from './ThemeChecklist';

interface CodingEditFormProps {
  coding: Coding;
  themes: readonly ThemeRow[];
  onDone: () => void;
}

/** Changes a coding's themes, valence and memo (one undoable step). */
export function CodingEditForm({ coding, themes, onDone }: CodingEditFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set(coding.themeIds));
  const [valence, setValence] = useState<Valence>(coding.valence);
  const [memo, setMemo] = useState(coding.memo);
  const [busy, setBusy] = useState(false);

  const toggle = (themeId: string) => {
    const next = new Set(checked);
    if (next.has(themeId)) next.delete(themeId);
    else next.add(themeId);
    setChecked(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checked.size === 0 || busy) return;
    setBusy(true);
    // Keep the order the themes had; new ones after.
    const themeIds = [
      ...coding.themeIds.filter((x) => checked.has(x)),
      ...[...checked].filter((x) => !coding.themeIds.includes(x)),
    ];
    const done = await run('codings.update', { id: coding.id, patch: { themeIds, valence, memo } });
    setBusy(false);
    if (done) onDone();
  };

  return (
    <form
      className="coding-edit form"
      onSubmit={(event) => void submit(event)}
      aria-label={t('codingEdit.formLabel')}
    >
      <ThemeChecklist
        legend={t('coding.themes')}
        themes={themes}
        checked={checked}
        onToggle={toggle}
      />
      {checked.size === 0 && <p className="hint">{t('codingEdit.needTheme')}</p>}
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
          rows={3}
          value={memo}
          onChange={(event) => setMemo(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button button-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button-small button-primary"
          disabled={checked.size === 0 || busy}
        >
          {t('codingEdit.save')}
        </button>
      </div>
    </form>
  );
}
