import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findingEvidence } from '../../../shared/analysis/evidence';
import type { Finding } from '../../../shared/model/entities';
import { EntityEditor } from '../components/EntityEditor';
import { SaveButtons } from '../components/SaveButtons';
import { ThemeSelect } from '../components/ThemeSelect';
import { run, useProjectData } from '../state/project-store';
import { useStoredDraft } from '../state/use-stored-draft';
import { EvidenceSummary } from './EvidenceSummary';
import { FindingQuotes } from './FindingQuotes';

/**
 * One finding: its statement (saved with a button), its themes and quotes (saved as they
 * change) and the evidence derived from them.
 */
export function FindingEditor({
  finding,
  number,
  onClose,
}: {
  finding: Finding;
  number: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const data = useProjectData();
  const [statement, setStatement] = useStoredDraft(finding.statement);
  const evidence = useMemo(() => findingEvidence(data, finding), [data, finding]);
  const changed = statement.trim() !== finding.statement && statement.trim() !== '';
  const usedBy =
    data.recommendations.filter((r) => r.findingIds.includes(finding.id)).length +
    data.questions.filter((q) => q.findingIds.includes(finding.id)).length;

  return (
    <EntityEditor
      title={t('findingEditor.title', { number })}
      onClose={onClose}
      deletion={{
        label: t('findingEditor.delete'),
        title: t('findingEditor.deleteTitle', { number }),
        body:
          usedBy > 0
            ? t('findingEditor.deleteUsed', { count: usedBy })
            : t('findingEditor.deleteBody'),
        onDelete: () => void run('findings.delete', { id: finding.id }),
      }}
    >
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (changed)
            void run('findings.update', { id: finding.id, patch: { statement: statement.trim() } });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-statement`}>{t('findingEditor.statement')}</label>
          <textarea
            id={`${id}-statement`}
            rows={5}
            value={statement}
            required
            onChange={(event) => setStatement(event.target.value)}
          />
        </div>
        <SaveButtons
          label={t('findingEditor.saveStatement')}
          changed={changed}
          onRevert={() => setStatement(finding.statement)}
          tight
        />
      </form>
      <ThemeSelect
        label={t('findingEditor.themes')}
        themes={data.themes}
        selected={finding.themeIds}
        onChange={(themeIds) =>
          void run('findings.update', { id: finding.id, patch: { themeIds } })
        }
      />
      <EvidenceSummary evidence={evidence} />
      <FindingQuotes finding={finding} number={number} />
    </EntityEditor>
  );
}
