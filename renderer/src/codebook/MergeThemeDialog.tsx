import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../shared/model/entities';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { run, useProjectData } from '../state/project-store';
import { useThemeImpact } from './use-theme-counts';
import { themeTree } from '../../../shared/model/theme-tree';
import { themeOptions } from './theme-options';

interface MergeThemeDialogProps {
  theme: Theme;
  onClose: () => void;
  /** Called with the target once the merge is done (the merged theme no longer exists). */
  onMerged: (intoId: string) => void;
}

/**
 * Merges a theme into another: choose the target, see how many codings move, confirm. The
 * merged theme's codings, sub-themes and links follow the target; one undoable step.
 */
export function MergeThemeDialog({ theme, onClose, onMerged }: MergeThemeDialogProps) {
  const { t } = useTranslation();
  const data = useProjectData();
  const targets = useMemo(
    () => themeTree(data.themes).filter((row) => row.theme.id !== theme.id),
    [data.themes, theme.id],
  );
  const [into, setInto] = useState('');
  const [busy, setBusy] = useState(false);
  const target = targets.find((row) => row.theme.id === into)?.theme;
  const asked = useThemeImpact(theme.id, target?.id);
  // Only an answer for the target chosen now: a slower one for the last target is not it.
  const impact = target && asked?.status === 'ok' ? asked.value.merge : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!target || impact?.clash || busy) return;
    setBusy(true);
    const done = await run('themes.merge', { id: theme.id, into: target.id });
    setBusy(false);
    if (done) {
      onMerged(target.id);
      onClose();
    }
  };

  return (
    <Dialog title={t('codebookTree.mergeTitle', { name: theme.name })} onClose={onClose}>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <p className="muted">{t('codebookTree.mergeIntro', { name: theme.name })}</p>
        <SelectField
          label={t('codebookTree.mergeInto')}
          value={into}
          onChange={setInto}
          options={[{ value: '', label: t('codebookTree.chooseTarget') }, ...themeOptions(targets)]}
        />
        <div className="merge-impact" aria-live="polite">
          {target && !impact && <p className="muted">{t('codebookTree.impactLoading')}</p>}
          {target && impact && (
            <>
              <p>
                {impact.codings === 0
                  ? t('codebookTree.mergeNoCodings', { name: theme.name })
                  : t('codebookTree.mergeCodings', { count: impact.codings, target: target.name })}
                {impact.alreadyBoth > 0 &&
                  ` ${t('codebookTree.mergeBoth', { count: impact.alreadyBoth, target: target.name })}`}
              </p>
              {impact.clash !== null && (
                <p className="field-note" role="status">
                  {t('themeForm.mergeClash', { name: impact.clash, target: target.name })}
                </p>
              )}
              {impact.children > 0 && (
                <p>
                  {t('codebookTree.mergeChildren', { count: impact.children, target: target.name })}
                </p>
              )}
              <p className="muted">{t('codebookTree.mergeUndo', { name: theme.name })}</p>
            </>
          )}
        </div>
        <FormActions
          submitLabel={t('codebookTree.mergeConfirm')}
          disabled={!target || !impact || impact.clash !== null || busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
