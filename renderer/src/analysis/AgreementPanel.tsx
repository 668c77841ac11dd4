import { showProjectDialog } from '../state/ui-store';
import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementUnits, type AgreementUnit } from '../../../shared/analysis/agreement';
import { AgreementCoefficient } from './AgreementCoefficient';
import { PairOverview } from './PairOverview';
import type { AgreementResult } from '../../../shared/contract';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FormError';
import { Swatch } from '../components/Swatch';
import { themeTree } from '../../../shared/model/theme-tree';
import { formatFigure } from '../../../shared/i18n/format';
import { formatNumber } from '../i18n/format-number';
import { useLang } from '../i18n/use-lang';
import { useEscape } from '../components/use-escape';
import { DISAGREEMENT_PANEL_ID, DisagreementPanel } from './DisagreementPanel';
import { useCodingsEdit, useProjectData } from '../state/project-store';
import { useApiQuery } from '../state/use-api-query';

type Figures = AgreementResult['overall'];

/**
 * How alike two coders coded the sources both coded: per theme and over all themes, percent
 * agreement, Cohen's κ and Krippendorff's α, each with its conventional band named (colour
 * only repeats the word). The unit and the two coders are the user's to choose.
 */
export function AgreementPanel() {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const firstId = useId();
  const secondId = useId();
  const [unit, setUnit] = useState<AgreementUnit>('character');
  const [chosen, setChosen] = useState<[string, string] | null>(null);
  const query = useApiQuery(
    'analysis.agreement',
    chosen ? { unit, coders: chosen } : { unit },
    codingsEdit,
  );
  const result = query?.value;
  const rows = useMemo(() => themeTree(data.themes), [data.themes]);
  const byTheme = useMemo(
    () => new Map((result?.themes ?? []).map((theme) => [theme.themeId, theme])),
    [result],
  );
  const coders = result?.allCoders ?? [];
  const pair = result?.coders;
  const [open, setOpen] = useState<string | null>(null);
  // Closing gives focus back to the theme that opened the panel.
  const close = useCallback(() => {
    setOpen((current) => {
      if (current) {
        requestAnimationFrame(() =>
          document
            .querySelector<HTMLElement>(`[data-disagreement-theme="${CSS.escape(current)}"]`)
            ?.focus(),
        );
      }
      return null;
    });
  }, []);
  const openTheme = open ? rows.find((row) => row.theme.id === open)?.theme : undefined;
  useEscape(openTheme !== undefined, close);

  if (query?.status === 'error' && query.error.code === 'tooFewCoders') {
    return (
      <section className="agreement" aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">{t('agreement.heading')}</h2>
        <EmptyState>{t('agreement.tooFewCoders')}</EmptyState>
        <MergeCopyButton />
      </section>
    );
  }

  const percent = (figures: Figures) =>
    figures.percent === null
      ? t('agreement.undefined')
      : `${formatFigure(figures.percent, 1, 100, lang)} %`;
  const cells = (figures: Figures) => (
    <>
      <td className="numeric">{formatNumber(figures.units, lang)}</td>
      <td className="numeric">{percent(figures)}</td>
      <td>
        <AgreementCoefficient value={figures.kappa} kind="kappa" />
      </td>
      <td>
        <AgreementCoefficient value={figures.alpha} kind="alpha" />
      </td>
    </>
  );
  const choose = (side: 0 | 1, name: string) => {
    if (!pair) return;
    const next: [string, string] = side === 0 ? [name, pair[1]] : [pair[0], name];
    // Choosing the other side's coder swaps the two rather than comparing a coder with itself.
    if (next[0] === next[1]) next[1 - side] = pair[side];
    setChosen(next);
  };
  const hasUndefined =
    result !== undefined &&
    [result.overall, ...result.themes].some((f) => f.kappa === null || f.alpha === null);

  return (
    <section className="agreement" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('agreement.heading')}</h2>
      <p className="muted">
        {t('agreement.intro')} {t('agreement.hint')}
      </p>
      <div className="view-toolbar">
        <div className="segmented" role="group" aria-label={t('agreement.unit')}>
          {agreementUnits.map((u) => (
            <button key={u} type="button" aria-pressed={unit === u} onClick={() => setUnit(u)}>
              {t(`agreement.unit_${u}`)}
            </button>
          ))}
        </div>
        {pair &&
          ([0, 1] as const).map((side) => (
            <div className="field field-inline" key={side}>
              <label htmlFor={side === 0 ? firstId : secondId}>
                {t(side === 0 ? 'agreement.first' : 'agreement.second')}
              </label>
              <select
                id={side === 0 ? firstId : secondId}
                value={pair[side]}
                onChange={(event) => choose(side, event.target.value)}
              >
                {coders.map((coder) => (
                  <option key={coder} value={coder}>
                    {coder}
                  </option>
                ))}
              </select>
            </div>
          ))}
        <MergeCopyButton />
      </div>
      {query?.status === 'error' && <FormError error={query.error} />}
      {coders.length > 2 && (
        <PairOverview unit={unit} chosen={pair} onChoose={(next) => setChosen(next)} />
      )}
      {result && (
        <p role="status">
          {t('agreement.summary', {
            count: result.sources,
            first: result.coders[0],
            second: result.coders[1],
            sources: formatNumber(result.sources, lang),
            units: formatNumber(result.themes[0]?.units ?? 0, lang),
          })}
          {result.unreadable > 0 && ` ${t('agreement.unreadable', { count: result.unreadable })}`}
        </p>
      )}
      {result && result.sources === 0 ? (
        <EmptyState>{t('agreement.noSharedSources')}</EmptyState>
      ) : (
        result && (
          <table className="table agreement-table" aria-busy={query.status === 'loading'}>
            <caption className="visually-hidden">
              {t('agreement.caption', {
                first: result.coders[0],
                second: result.coders[1],
                unit: t(`agreement.unit_${result.unit}`).toLocaleLowerCase(lang),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('agreement.theme')}</th>
                <th scope="col" className="numeric">
                  {t('agreement.units')}
                </th>
                <th scope="col" className="numeric">
                  {t('agreement.percent')}
                </th>
                <th scope="col">{t('agreement.kappa')}</th>
                <th scope="col">{t('agreement.alpha')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const figures = byTheme.get(row.theme.id);
                if (!figures) return null;
                return (
                  <tr key={row.theme.id}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        data-disagreement-theme={row.theme.id}
                        aria-expanded={open === row.theme.id}
                        aria-controls={open === row.theme.id ? DISAGREEMENT_PANEL_ID : undefined}
                        aria-label={t('agreement.showDisagreements', { theme: row.path })}
                        onClick={() => setOpen(open === row.theme.id ? null : row.theme.id)}
                      >
                        <Swatch colour={row.theme.colour} />
                        {row.path}
                      </button>
                    </th>
                    {cells(figures)}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('agreement.overall')}</th>
                {cells(result.overall)}
              </tr>
            </tfoot>
          </table>
        )
      )}
      {result && openTheme && (
        <DisagreementPanel
          key={`${openTheme.id}|${result.unit}|${result.coders.join('|')}`}
          theme={openTheme}
          unit={result.unit}
          coders={result.coders}
          onClose={close}
        />
      )}
      {result && result.sources > 0 && (
        <p className="muted table-hint">
          {hasUndefined && `${t('agreement.undefinedHint')} `}
          {t('agreement.bandsHint')}
        </p>
      )}
    </section>
  );
}

/** Team work starts by bringing a colleague's coding in: the merge dialog, from here too. */
function MergeCopyButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" onClick={() => showProjectDialog('mergeCopy')}>
      {t('mergeForm.open')}
    </button>
  );
}
