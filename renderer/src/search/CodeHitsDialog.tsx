import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { textUnits, type TextUnit } from '../../../shared/analysis/text-units';
import type { SearchHit } from '../../../shared/contract';
import { ValenceSchema, type Valence } from '../../../shared/model/entities';
import { isCodable, themeTree } from '../../../shared/model/theme-tree';
import { themeOptions } from '../codebook/theme-options';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { FormError } from '../components/FormError';
import { SelectField } from '../components/SelectField';
import { run, useProjectData } from '../state/project-store';
import { useSourceCodings } from '../state/source-codings';
import { CodingPlanPreview } from './CodingPlanPreview';
import { alreadyCoded, codingDrafts, hitKey } from './hit-groups';
import { useCodingPlan } from './use-coding-plan';

interface CodeHitsDialogProps {
  hits: readonly SearchHit[];
  onClose: () => void;
  /** How many codings were made (one undo step removes them all). */
  onCoded: (count: number, themeName: string) => void;
}

/**
 * "Koda alla träffar": choose a theme, a valence and what each hit stands for (the hit, its
 * sentence, paragraph or speaker turn: the turn by default, so a quote reads whole); look over
 * the codings this makes (hits in one unit make one coding; untick any that should not be
 * made; those the theme already covers are left out), then make them all as one undoable step.
 */
export function CodeHitsDialog({ hits, onClose, onCoded }: CodeHitsDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const data = useProjectData();
  const themes = useMemo(() => themeTree(data.themes), [data.themes]);
  const [themeId, setThemeId] = useState('');
  const [valence, setValence] = useState<Valence>('neutral');
  const [unit, setUnit] = useState<TextUnit>('turn');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const state = useCodingPlan(hits, unit);
  const planned = useMemo(() => (state.phase === 'ready' ? state.plan.codings : []), [state]);
  const unplaced = state.phase === 'ready' ? state.plan.unplaced.length : 0;
  const theme = themes.find((row) => row.theme.id === themeId)?.theme;
  // What the theme already covers is read from the hit sources' codings, fetched for this.
  const hitSources = useMemo(() => [...new Set(hits.map((hit) => hit.sourceId))], [hits]);
  const existing = useSourceCodings(hitSources);
  const done = useMemo(
    () => (themeId && existing ? alreadyCoded(planned, existing, themeId) : new Set<string>()),
    [planned, existing, themeId],
  );
  const skipped = useMemo(() => new Set([...excluded, ...done]), [excluded, done]);
  const count = planned.filter((coding) => !skipped.has(hitKey(coding))).length;
  const hitsMake = t('codeHits.hitsMake', { count: hits.length - unplaced });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!theme || count === 0 || busy || !existing) return;
    setBusy(true);
    let made = 0;
    for (const batch of codingDrafts(planned, skipped, theme.id, valence)) {
      if (!(await run('codings.addMany', { codings: batch }))) break;
      made += batch.length;
    }
    setBusy(false);
    if (made > 0) onCoded(made, theme.name);
    onClose();
  };

  return (
    <Dialog title={t('search.codeTitle')} onClose={onClose} wide>
      <form className="dialog-body form code-hits" onSubmit={(event) => void submit(event)}>
        <div className="form-grid">
          <SelectField
            label={t('search.codeTheme')}
            value={themeId}
            onChange={setThemeId}
            options={[
              { value: '', label: t('codebookTree.chooseTarget') },
              ...themeOptions(themes.filter((row) => isCodable(row.theme))),
            ]}
          />
          <SelectField
            label={t('coding.valence')}
            value={valence}
            onChange={(value) => setValence(value as Valence)}
            options={ValenceSchema.options.map((v) => ({ value: v, label: t(`valence.${v}`) }))}
          />
        </div>
        <fieldset className="code-unit" aria-describedby={`${id}-unit-hint`}>
          <legend>{t('codeHits.unitLegend')}</legend>
          <div className="radio-row">
            {textUnits.map((option) => (
              <label key={option} className="radio-pill">
                <input
                  type="radio"
                  name={`${id}-unit`}
                  value={option}
                  checked={unit === option}
                  onChange={() => {
                    setUnit(option);
                    setExcluded(new Set());
                  }}
                />
                <span>{t(`codeHits.unit.${option}`)}</span>
              </label>
            ))}
          </div>
          <p className="hint" id={`${id}-unit-hint`}>
            {t(`codeHits.unitHint.${unit}`)}
          </p>
        </fieldset>
        <p className="code-summary" role="status">
          {state.phase === 'loading'
            ? t('codeHits.planning')
            : state.phase === 'ready' &&
              [
                theme
                  ? t('codeHits.plan', { count, hitsMake, theme: theme.name })
                  : t('codeHits.planNoTheme', { count, hitsMake }),
                done.size > 0 && t('search.alreadyCoded', { count: done.size }),
                unplaced > 0 && t('codeHits.unplaced', { count: unplaced }),
              ]
                .filter(Boolean)
                .join(' ')}
        </p>
        <FormError error={state.phase === 'failed' ? state.error : null} />
        <div className="button-row preview-tools">
          <button
            type="button"
            className="button-quiet button-small"
            onClick={() => setExcluded(new Set())}
          >
            {t('search.selectAll')}
          </button>
          <button
            type="button"
            className="button-quiet button-small"
            onClick={() => setExcluded(new Set(planned.map(hitKey)))}
          >
            {t('search.selectNone')}
          </button>
        </div>
        <CodingPlanPreview
          codings={planned}
          excluded={excluded}
          done={done}
          onExclude={setExcluded}
        />
        <FormActions
          submitLabel={t('codeHits.confirm', { count })}
          disabled={!theme || count === 0 || busy || state.phase !== 'ready' || !existing}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
