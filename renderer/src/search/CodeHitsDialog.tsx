import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract';
import { ValenceSchema, type Valence } from '../../../shared/model/entities';
import { flattenThemes, themeOptions } from '../codebook/theme-tree';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { toggled } from '../components/toggled';
import { run, useProjectData } from '../state/project-store';
import { alreadyCoded, groupHits, hitDrafts, hitKey } from './hit-groups';

interface CodeHitsDialogProps {
  hits: readonly SearchHit[];
  onClose: () => void;
  /** How many codings were made (one undo step removes them all). */
  onCoded: (count: number, themeName: string) => void;
}

/**
 * "Koda alla träffar": choose a theme and valence, look over the hits (untick any that should
 * not be coded; those already coded with the theme are left out), then code them all as one
 * undoable step.
 */
export function CodeHitsDialog({ hits, onClose, onCoded }: CodeHitsDialogProps) {
  const { t } = useTranslation();
  const data = useProjectData();
  const themes = useMemo(() => flattenThemes(data.themes), [data.themes]);
  const [themeId, setThemeId] = useState('');
  const [valence, setValence] = useState<Valence>('neutral');
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const theme = themes.find((row) => row.theme.id === themeId)?.theme;
  const coded = useMemo(
    () => (themeId ? alreadyCoded(hits, data.codings, themeId) : new Set<string>()),
    [hits, data.codings, themeId],
  );
  const skipped = useMemo(() => new Set([...excluded, ...coded]), [excluded, coded]);
  const count = hits.filter((hit) => !skipped.has(hitKey(hit))).length;
  const groups = groupHits(
    hits,
    data.sources.map((s) => s.id),
  );
  const titleOf = new Map(data.sources.map((s) => [s.id, s.title]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!theme || count === 0 || busy) return;
    setBusy(true);
    let made = 0;
    for (const batch of hitDrafts(hits, skipped, theme.id, valence)) {
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
              ...themeOptions(themes),
            ]}
          />
          <SelectField
            label={t('coding.valence')}
            value={valence}
            onChange={(value) => setValence(value as Valence)}
            options={ValenceSchema.options.map((v) => ({ value: v, label: t(`valence.${v}`) }))}
          />
        </div>
        <p className="code-summary" role="status">
          {theme
            ? t('search.codeSummary', { count, theme: theme.name })
            : t('search.chooseTheme', { count: hits.length })}
          {coded.size > 0 && ` ${t('search.alreadyCoded', { count: coded.size })}`}
        </p>
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
            onClick={() => setExcluded(new Set(hits.map(hitKey)))}
          >
            {t('search.selectNone')}
          </button>
        </div>
        <div className="hit-preview" role="group" aria-label={t('search.previewLabel')}>
          {groups.map((group) => (
            <section key={group.sourceId}>
              <h3 className="preview-source">{titleOf.get(group.sourceId)}</h3>
              <ul className="plain-list">
                {group.hits.map((hit) => {
                  const key = hitKey(hit);
                  const done = coded.has(key);
                  return (
                    <li key={key}>
                      <label className={done ? 'preview-hit is-done' : 'preview-hit'}>
                        <input
                          type="checkbox"
                          checked={!skipped.has(key)}
                          disabled={done}
                          onChange={() => setExcluded(toggled(excluded, key))}
                        />
                        <span>
                          <span className="quote-context">…{hit.before}</span>
                          <mark className="hit-mark">{hit.text}</mark>
                          <span className="quote-context">{hit.after}…</span>
                          {done && <span className="done-note"> {t('search.doneNote')}</span>}
                        </span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
        <FormActions
          submitLabel={t('search.codeConfirm', { count })}
          disabled={!theme || count === 0 || busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
