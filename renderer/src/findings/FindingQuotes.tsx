import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/model/entities';
import { QuoteCard } from '../components/QuoteCard';
import { patchAnalysisFindingsUi } from '../state/analysis-findings-ui';
import { run, useProjectData } from '../state/project-store';
import { showView } from '../state/ui-store';
import { useCoderNames } from '../state/source-codings';
import { QuotePickerDialog } from './QuotePickerDialog';
import { moveItem } from './reorder';

/**
 * The quotes a finding cites, in the evaluator's order (the first ones stand for the finding
 * on printed sheets): move, remove, add from a picker or from the matrix.
 */
export function FindingQuotes({ finding, number }: { finding: Finding; number: number }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const [picking, setPicking] = useState(false);
  const codingById = new Map(data.codings.map((c) => [c.id, c]));
  // Who coded a quote is said once a second coder has coded anything.
  const coderNames = useCoderNames();
  const save = (codingIds: string[]) =>
    void run('findings.update', { id: finding.id, patch: { codingIds } });
  const ids = finding.codingIds;
  // A quote just cited (or a finding undone back) may still be on its way from main: the
  // list waits for it, so moving or removing a quote never drops one not shown yet.
  const arriving = ids.some((id) => !codingById.has(id));

  return (
    <section className="finding-quotes" aria-labelledby="finding-quotes-heading">
      <div className="panel-row">
        <h3 id="finding-quotes-heading" className="panel-label">
          {t('findingEditor.quotes', { count: ids.length })}
        </h3>
        <div className="button-row tight">
          <button type="button" className="button button-small" onClick={() => setPicking(true)}>
            {t('findingEditor.addQuotes')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              patchAnalysisFindingsUi({ quoteTargetId: finding.id });
              showView('analysis');
            }}
          >
            {t('findingEditor.pickInMatrix')}
          </button>
        </div>
      </div>
      {arriving ? (
        <p className="hint" role="status">
          {t('matrix.loadingQuotes')}
        </p>
      ) : ids.length === 0 ? (
        <p className="hint">{t('findingEditor.noQuotes')}</p>
      ) : (
        <ol className="plain-list qcard-list">
          {ids.map((id, index) => {
            const coding = codingById.get(id);
            if (!coding) return null;
            const name = t('findingEditor.quoteName', { number: index + 1 });
            return (
              <li key={id}>
                <QuoteCard
                  snippet={coding.snippet}
                  sourceId={coding.sourceId}
                  start={coding.start}
                  end={coding.end}
                  valence={coding.valence}
                  coder={coderNames?.get(coding.coderId)}
                >
                  <button
                    type="button"
                    className="button-quiet button-small"
                    disabled={index === 0}
                    aria-label={t('conclusionsCommon.moveUp', { name })}
                    onClick={() => save(moveItem(ids, index, -1))}
                  >
                    ↑ {t('conclusionsCommon.moveUpShort')}
                  </button>
                  <button
                    type="button"
                    className="button-quiet button-small"
                    disabled={index === ids.length - 1}
                    aria-label={t('conclusionsCommon.moveDown', { name })}
                    onClick={() => save(moveItem(ids, index, 1))}
                  >
                    ↓ {t('conclusionsCommon.moveDownShort')}
                  </button>
                  <button
                    type="button"
                    className="button-quiet button-small danger-text"
                    aria-label={t('findingEditor.removeQuote', { number: index + 1 })}
                    onClick={() => save(ids.filter((x) => x !== id))}
                  >
                    {t('findingEditor.removeQuoteShort')}
                  </button>
                </QuoteCard>
              </li>
            );
          })}
        </ol>
      )}
      {picking && (
        <QuotePickerDialog finding={finding} number={number} onClose={() => setPicking(false)} />
      )}
    </section>
  );
}
