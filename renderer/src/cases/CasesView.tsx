import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { Tabs } from '../components/Tabs';
import { useEscape } from '../components/use-escape';
import { useProjectData } from '../state/project-store';
import { AddCaseDialog } from './AddCaseDialog';
import { CaseDetail } from './CaseDetail';
import { CasesTable } from './CasesTable';
import { IndicatorsPanel } from './IndicatorsPanel';
import '../styles/view-parts.css';
import '../styles/print-views.css';
import '../styles/indicators.css';

/**
 * The cases compared by the evaluation: the list with one case open beside it for editing, and
 * the indicators across cases as a table and charts.
 */
export function CasesView() {
  const { t } = useTranslation();
  const data = useProjectData();
  const [tab, setTab] = useState<'list' | 'indicators'>('list');
  const [adding, setAdding] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = data.cases.find((c) => c.id === selectedId);
  useEscape(
    selected !== undefined,
    useCallback(() => setSelectedId(null), []),
  );

  return (
    <section className="view printable-view" aria-labelledby="cases-heading">
      <div className="view-head">
        <h1 id="cases-heading">{t('cases.heading')}</h1>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          {t('cases.add')}
        </button>
      </div>
      {data.cases.length === 0 ? (
        <EmptyState>{t('cases.empty')}</EmptyState>
      ) : (
        <Tabs
          label={t('indicatorTable.tabsLabel')}
          tabs={[
            { key: 'list', label: t('indicatorTable.listTab') },
            { key: 'indicators', label: t('indicatorTable.tab') },
          ]}
          current={tab}
          onChange={setTab}
        >
          {tab === 'indicators' ? (
            <IndicatorsPanel />
          ) : (
            <>
              {!selected && <p className="muted view-intro">{t('cases.selectHint')}</p>}
              <div className={selected ? 'split' : undefined}>
                <CasesTable
                  cases={data.cases}
                  selectedId={selectedId}
                  onSelect={setSelectedId}
                  compact={selected !== undefined}
                />
                {selected && (
                  <aside className="side-panel" aria-label={selected.name}>
                    <CaseDetail
                      // Fresh form fields when the case changes underneath (e.g. undo).
                      key={`${selected.id}:${selected.name}:${selected.type}`}
                      kase={selected}
                      onClose={() => setSelectedId(null)}
                    />
                  </aside>
                )}
              </div>
            </>
          )}
        </Tabs>
      )}
      {adding && (
        <AddCaseDialog
          onClose={() => setAdding(false)}
          onAdded={(id) => {
            setTab('list');
            setSelectedId(id);
          }}
        />
      )}
    </section>
  );
}
