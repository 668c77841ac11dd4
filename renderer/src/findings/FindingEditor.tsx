import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/model/entities';
import { EntityEditor } from '../components/EntityEditor';
import { DraftTextField } from '../components/DraftTextField';
import { ThemeSelect } from '../components/ThemeSelect';
import { useEvidence } from '../state/evidence-query';
import { run, stillExists, useProjectData } from '../state/project-store';
import { textRules, useAutosavedDraft } from '../state/use-autosaved-draft';
import { EvidenceSummary } from './EvidenceSummary';
import { FindingQuotes } from './FindingQuotes';

/**
 * One finding: its statement (saved as it is typed), its themes and quotes (saved as they
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
  const data = useProjectData();
  const statement = useAutosavedDraft(
    `finding/${finding.id}/statement`,
    finding.statement,
    textRules({
      save: (text) => run('findings.update', { id: finding.id, patch: { statement: text } }),
      required: true,
      stillThere: () => stillExists('findings', finding.id),
    }),
  );
  const evidence = useEvidence().finding(finding);
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
      <DraftTextField
        label={t('findingEditor.statement')}
        draft={statement}
        multiline
        rows={5}
        required
        hint={t('drafts.savedAsYouType')}
      />
      <ThemeSelect
        label={t('findingEditor.themes')}
        themes={data.themes}
        selected={finding.themeIds}
        onChange={(themeIds) =>
          void run('findings.update', { id: finding.id, patch: { themeIds } })
        }
      />
      {evidence && <EvidenceSummary evidence={evidence} />}
      <FindingQuotes finding={finding} number={number} />
    </EntityEditor>
  );
}
