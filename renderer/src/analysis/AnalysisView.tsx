import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../components/Tabs';
import { AgreementPanel } from './AgreementPanel';
import { CoOccurrenceTable } from './CoOccurrenceTable';
import { ThemeCaseMatrixPanel } from './ThemeCaseMatrixPanel';
import '../styles/view-parts.css';
import '../styles/print-views.css';
import '../styles/analysis.css';

type AnalysisTab = 'matrix' | 'coOccurrence' | 'agreement';

/** Analysis: the theme × case matrix (framework matrix), theme co-occurrence, coder agreement. */
export function AnalysisView() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<AnalysisTab>('matrix');
  return (
    <section className="view view-wide printable-view" aria-labelledby="analysis-heading">
      <div className="view-head">
        <h1 id="analysis-heading">{t('analysis.heading')}</h1>
      </div>
      <Tabs
        label={t('matrix.tabsLabel')}
        tabs={[
          { key: 'matrix', label: t('matrix.tab') },
          { key: 'coOccurrence', label: t('coOccurrence.tab') },
          { key: 'agreement', label: t('agreement.tab') },
        ]}
        current={tab}
        onChange={setTab}
      >
        {tab === 'matrix' ? (
          <ThemeCaseMatrixPanel />
        ) : tab === 'coOccurrence' ? (
          <CoOccurrenceTable />
        ) : (
          <AgreementPanel />
        )}
      </Tabs>
    </section>
  );
}
