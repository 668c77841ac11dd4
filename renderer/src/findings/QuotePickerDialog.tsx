import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Valence } from '../../../shared/model/entities';
import { ValenceSchema } from '../../../shared/model/entities';
import { themeTree } from '../../../shared/model/theme-tree';
import { indentedName } from '../codebook/theme-options';
import { Dialog } from '../components/Dialog';
import { ListedQuoteCard } from '../components/QuoteCard';
import { useCoderNames } from '../state/source-codings';
import { toggled } from '../components/toggled';
import { FormActions } from '../components/FormActions';
import { FormError } from '../components/FormError';
import { run, useCodingsEdit, useProjectData } from '../state/project-store';
import { QUOTE_PAGE } from '../../../shared/contract';
import { ShowMore } from '../components/ShowMore';
import { useCountText } from '../i18n/use-lang';
import { useQuotePages } from '../quotes/use-quote-pages';

interface QuotePickerDialogProps {
  finding: Finding;
  number: number;
  onClose: () => void;
}

/**
 * Chooses the quotes that support a finding from the coded material (quotes.list), filtered by
 * theme, case and valence. Ticks are saved together, as one undoable change.
 */
export function QuotePickerDialog({ finding, number, onClose }: QuotePickerDialogProps) {
  const { t } = useTranslation();
  const countText = useCountText();
  const id = useId();
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const coderNames = useCoderNames();
  const rows = useMemo(() => themeTree(data.themes), [data.themes]);
  const [themeId, setThemeId] = useState(finding.themeIds[0] ?? '');
  const [caseId, setCaseId] = useState('');
  const [valence, setValence] = useState<Valence | ''>('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(finding.codingIds));
  const { query, quotes, total, more } = useQuotePages(
    {
      themeIds: themeId ? [themeId] : [],
      caseIds: caseId ? [caseId] : [],
      valences: valence ? [valence] : [],
    },
    codingsEdit,
  );
  const added = [...chosen].filter((x) => !finding.codingIds.includes(x)).length;
  const removed = finding.codingIds.filter((x) => !chosen.has(x)).length;

  const toggle = (codingId: string) => setChosen((current) => toggled(current, codingId));
  const save = async () => {
    const kept = finding.codingIds.filter((x) => chosen.has(x));
    const fresh = quotes.map((q) => q.codingId).filter((x) => chosen.has(x) && !kept.includes(x));
    const others = [...chosen].filter((x) => !kept.includes(x) && !fresh.includes(x));
    const done = await run('findings.update', {
      id: finding.id,
      patch: { codingIds: [...kept, ...fresh, ...others] },
    });
    if (done) onClose();
  };

  return (
    <Dialog title={t('quotePicker.title', { number })} onClose={onClose} wide>
      <div className="dialog-body quote-picker">
        <div className="form-grid picker-filters">
          <div className="field">
            <label htmlFor={`${id}-theme`}>{t('quotePicker.theme')}</label>
            <select
              id={`${id}-theme`}
              value={themeId}
              onChange={(event) => setThemeId(event.target.value)}
            >
              <option value="">{t('quotePicker.allThemes')}</option>
              {rows.map((row) => (
                <option key={row.theme.id} value={row.theme.id}>
                  {indentedName(row)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-case`}>{t('quotePicker.case')}</label>
            <select
              id={`${id}-case`}
              value={caseId}
              onChange={(event) => setCaseId(event.target.value)}
            >
              <option value="">{t('quotePicker.allCases')}</option>
              {data.cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-valence`}>{t('quotePicker.valence')}</label>
            <select
              id={`${id}-valence`}
              value={valence}
              onChange={(event) => setValence(event.target.value as Valence | '')}
            >
              <option value="">{t('quotePicker.allValences')}</option>
              {ValenceSchema.options.map((v) => (
                <option key={v} value={v}>
                  {t(`valence.${v}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p className="hint" role="status">
          {query?.status === 'loading'
            ? t('matrix.loadingQuotes')
            : countText('matrix.quoteCount', total)}
        </p>
        {query?.status === 'error' && <FormError error={query.error} />}
        <ul className="plain-list qcard-list picker-list" aria-label={t('quotePicker.listLabel')}>
          {quotes.map((quote) => (
            <li
              key={quote.codingId}
              className={chosen.has(quote.codingId) ? 'is-chosen' : undefined}
            >
              <ListedQuoteCard quote={quote} coderNames={coderNames}>
                <label className="opt-check">
                  <input
                    type="checkbox"
                    checked={chosen.has(quote.codingId)}
                    onChange={() => toggle(quote.codingId)}
                  />
                  {t('matrix.supportsFinding', { number })}
                </label>
              </ListedQuoteCard>
            </li>
          ))}
        </ul>
        <ShowMore shown={quotes.length} total={total} step={QUOTE_PAGE} onMore={more} />
        <FormActions
          submitLabel={t('quotePicker.save')}
          disabled={added + removed === 0}
          onCancel={onClose}
          onSubmit={() => void save()}
        >
          <span className="picker-summary" aria-live="polite">
            {t('quotePicker.changes', { added, removed })}
          </span>
        </FormActions>
      </div>
    </Dialog>
  );
}
