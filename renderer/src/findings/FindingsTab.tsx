import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findingEvidence } from '../../../shared/analysis/evidence';
import { EmptyState } from '../components/EmptyState';
import { ReorderableList } from '../components/ReorderableList';
import { StrengthBadge } from '../components/StrengthBadge';
import { patchConclusionsUi, useConclusionsUi } from '../state/conclusions-ui';
import { run, useProjectData } from '../state/project-store';
import { AddTextDialog } from './AddTextDialog';
import { FindingEditor } from './FindingEditor';
import { byOrder, shorten } from './finding-text';

/** Findings: the numbered list (reorderable) beside the open finding's editor. */
export function FindingsTab() {
  const { t } = useTranslation();
  const data = useProjectData();
  const { findingId } = useConclusionsUi();
  const [adding, setAdding] = useState(false);
  const findings = useMemo(() => byOrder(data.findings), [data.findings]);
  const strengths = useMemo(
    () => new Map(findings.map((f) => [f.id, findingEvidence(data, f).strength])),
    [data, findings],
  );
  const index = findings.findIndex((f) => f.id === findingId);
  const selected = findings[index];
  const select = (id: string | null) => patchConclusionsUi({ findingId: id });

  return (
    <div className="master-detail">
      <div className="master">
        <div className="panel-row master-head">
          <h2 className="section-heading">{t('findings.findings')}</h2>
          <button
            type="button"
            className="button button-primary button-small"
            onClick={() => setAdding(true)}
          >
            {t('findingEditor.add')}
          </button>
        </div>
        {findings.length === 0 ? (
          <EmptyState>{t('findings.noFindings')}</EmptyState>
        ) : (
          <ReorderableList
            label={t('findings.findings')}
            items={findings}
            selectedId={selected?.id ?? null}
            onSelect={select}
            onMove={(id, order) => void run('findings.update', { id, patch: { order } })}
            nameOf={(_, i) => t('findingEditor.name', { number: i + 1 })}
          >
            {(finding, i) => (
              <>
                <span className="visually-hidden">
                  {t('findingEditor.name', { number: i + 1 })}:{' '}
                </span>
                <span className="master-text">{shorten(finding.statement, 150)}</span>
                <span className="master-meta">
                  <StrengthBadge strength={strengths.get(finding.id) ?? 'none'} />
                  <span>{t('findings.quotes', { count: finding.codingIds.length })}</span>
                </span>
              </>
            )}
          </ReorderableList>
        )}
      </div>
      <section
        className="detail"
        aria-label={
          selected ? t('findingEditor.title', { number: index + 1 }) : t('findings.findings')
        }
      >
        {selected ? (
          <FindingEditor
            key={selected.id}
            finding={selected}
            number={index + 1}
            onClose={() => select(null)}
          />
        ) : (
          findings.length > 0 && (
            <p className="muted detail-hint">{t('findingEditor.selectHint')}</p>
          )
        )}
      </section>
      {adding && (
        <AddTextDialog
          title={t('findingEditor.addTitle')}
          label={t('findingEditor.statement')}
          hint={t('findingEditor.addHint')}
          submitLabel={t('findingEditor.add')}
          multiline
          onSubmit={async (statement) => (await run('findings.add', { statement }))?.id ?? null}
          onAdded={select}
          onClose={() => setAdding(false)}
        />
      )}
    </div>
  );
}
