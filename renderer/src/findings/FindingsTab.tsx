import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEvidence } from '../state/evidence-query';
import { OrderedListTab } from '../components/OrderedListTab';
import { StrengthBadge } from '../components/StrengthBadge';
import { patchAnalysisFindingsUi, useAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { run, useProjectData } from '../state/project-store';
import { FindingEditor } from './FindingEditor';
import { byOrder } from '../../../shared/model/numbering';
import { shorten } from './finding-text';

/** Findings: the numbered list (reorderable) beside the open finding's editor. */
export function FindingsTab() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { findingId } = useAnalysisFindingsUi();
  const findings = useMemo(() => byOrder(data.findings), [data.findings]);
  const evidence = useEvidence();
  return (
    <OrderedListTab
      heading={t('findings.findings')}
      addLabel={t('findingEditor.add')}
      add={{
        title: t('findingEditor.addTitle'),
        label: t('findingEditor.statement'),
        hint: t('findingEditor.addHint'),
        multiline: true,
        onSubmit: async (statement) => (await run('findings.add', { statement }))?.id ?? null,
      }}
      empty={t('findings.noFindings')}
      items={findings}
      selectedId={findingId}
      onSelect={(id) => patchAnalysisFindingsUi({ findingId: id })}
      onMove={(id, order) => void run('findings.update', { id, patch: { order } })}
      nameOf={(_, i) => t('findingEditor.name', { number: i + 1 })}
      editorTitle={(number) => t('findingEditor.title', { number })}
      editor={(finding, number, close) => (
        <FindingEditor finding={finding} number={number} onClose={close} />
      )}
      selectHint={t('findingEditor.selectHint')}
    >
      {(finding, i) => (
        <>
          <span className="visually-hidden">{t('findingEditor.name', { number: i + 1 })}: </span>
          <span className="master-text">{shorten(finding.statement, 150)}</span>
          <span className="master-meta">
            <StrengthBadge strength={evidence.finding(finding)?.strength ?? 'none'} />
            <span>{t('findings.quotes', { count: finding.codingIds.length })}</span>
          </span>
        </>
      )}
    </OrderedListTab>
  );
}
