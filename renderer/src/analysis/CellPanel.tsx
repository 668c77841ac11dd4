import { useTranslation } from 'react-i18next';
import type { MatrixCell } from '../../../shared/analysis/matrix';
import type { Theme } from '../../../shared/model/entities';
import { ListedQuoteCard } from '../components/QuoteCard';
import { useCoderNames } from '../state/source-codings';
import { FormError } from '../components/FormError';
import { Swatch } from '../components/Swatch';
import { showInSource } from '../state/ui-store';
import { QUOTE_PAGE } from '../../../shared/contract';
import { ShowMore } from '../components/ShowMore';
import { useCountText } from '../i18n/use-lang';
import { useQuotePages } from '../quotes/use-quote-pages';
import { useCodingsEdit, useProjectData } from '../state/project-store';
import { QuoteTargetPicker, QuoteTargetToggle } from './QuoteTarget';
import { SynthesisEditor } from './SynthesisEditor';
import { useAnalysisFindingsUi } from '../state/analysis-findings-ui';

interface CellPanelProps {
  theme: Theme;
  columnName: string;
  caseIds: readonly string[];
  /** The case when columns are cases: only then can a synthesis be written. */
  caseId: string | null;
  cell: MatrixCell | undefined;
  rollUp: boolean;
  onClose: () => void;
}

/** One matrix cell read closely: its numbers, the evaluator's synthesis and its quotes. */
export function CellPanel({
  theme,
  columnName,
  caseIds,
  caseId,
  cell,
  rollUp,
  onClose,
}: CellPanelProps) {
  const { t } = useTranslation();
  const countText = useCountText();
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const coderNames = useCoderNames();
  // The cell's quotes are the ones the matrix counted: the same coders.
  const { coderIds } = useAnalysisFindingsUi();
  const { query, quotes, total, more } = useQuotePages(
    {
      themeIds: [theme.id],
      includeSubthemes: rollUp,
      caseIds: [...caseIds],
      coderIds: [...coderIds],
    },
    codingsEdit,
  );
  const synthesis = caseId
    ? data.syntheses.find((s) => s.themeId === theme.id && s.caseId === caseId)
    : undefined;
  const codings = cell?.codings ?? 0;

  return (
    <aside
      id="matrix-cell-panel"
      className="side-panel matrix-panel"
      aria-labelledby="matrix-panel-heading"
    >
      <div className="panel-row">
        <h2 id="matrix-panel-heading" className="panel-heading">
          <Swatch colour={theme.colour} large />
          <span>
            {theme.name} <span className="muted">·</span> {columnName}
          </span>
        </h2>
        <button type="button" className="button-quiet button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="panel-stats">
        {t('matrix.panelCounts', { codings, sources: cell?.sources ?? 0 })}
        {codings > 0 &&
          ` · ${t('matrix.cellValence', { strength: cell?.valence.strength ?? 0, weakness: cell?.valence.weakness ?? 0 })}`}
      </p>
      {caseId ? (
        <SynthesisEditor
          key={`${theme.id}|${caseId}`}
          themeId={theme.id}
          caseId={caseId}
          synthesis={synthesis}
        />
      ) : (
        <p className="hint">{t('matrix.synthesisOnlyForCases')}</p>
      )}
      <section className="panel-quotes" aria-labelledby="matrix-quotes-heading">
        <h3 id="matrix-quotes-heading" className="panel-label">
          {t('matrix.quotesHeading')}
        </h3>
        <QuoteTargetPicker />
        <p className="hint" role="status" aria-live="polite">
          {query?.status === 'loading'
            ? t('matrix.loadingQuotes')
            : query?.status === 'ok'
              ? countText('matrix.quoteCount', total)
              : ''}
        </p>
        {query?.status === 'error' && <FormError error={query.error} />}
        <ol className="plain-list qcard-list" aria-busy={query?.status === 'loading'}>
          {quotes.map((quote) => (
            <li key={quote.codingId}>
              <ListedQuoteCard quote={quote} coderNames={coderNames}>
                <QuoteTargetToggle codingId={quote.codingId} />
                <button
                  type="button"
                  className="button-quiet button-small"
                  onClick={() => showInSource(quote)}
                >
                  {t('matrix.showInSource')}
                </button>
              </ListedQuoteCard>
            </li>
          ))}
        </ol>
        <ShowMore shown={quotes.length} total={total} step={QUOTE_PAGE} onMore={more} />
      </section>
    </aside>
  );
}
