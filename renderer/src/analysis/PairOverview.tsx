import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementUnit } from '../../../shared/analysis/agreement';
import { themeTree } from '../../../shared/model/theme-tree';
import { Swatch } from '../components/Swatch';
import { useCodingsEdit, useProjectData } from '../state/project-store';
import { useApiQuery } from '../state/use-api-query';
import { AgreementCoefficient } from './AgreementCoefficient';

/**
 * A team of three or more: κ of every pair of coders, theme by theme, so the pair and theme that
 * most need talking about stand out. A pair's heading chooses it for the table below.
 */
export function PairOverview({
  unit,
  chosen,
  onChoose,
}: {
  unit: AgreementUnit;
  chosen: readonly [string, string] | undefined;
  onChoose: (pair: [string, string]) => void;
}) {
  const { t } = useTranslation();
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const query = useApiQuery('analysis.agreementPairs', { unit }, codingsEdit);
  const answer = query?.value;
  const rows = useMemo(() => themeTree(data.themes), [data.themes]);
  const byPair = useMemo(
    () => (answer ?? []).map((pair) => new Map(pair.themes.map((theme) => [theme.themeId, theme]))),
    [answer],
  );
  const pairs = answer ?? [];
  if (pairs.length === 0) return null;
  const isChosen = (coders: readonly string[]) =>
    chosen !== undefined && coders[0] === chosen[0] && coders[1] === chosen[1];
  return (
    <div className="table-scroll">
      <table className="table agreement-pairs" aria-busy={query?.status === 'loading'}>
        <caption>
          {t('agreement.pairsCaption', {
            unit: t(`agreement.unit_${unit}`).toLocaleLowerCase(),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('agreement.theme')}</th>
            {pairs.map((pair) => (
              <th scope="col" key={pair.coders.join('|')}>
                <button
                  type="button"
                  className="link-button"
                  aria-pressed={isChosen(pair.coders)}
                  onClick={() => onChoose([pair.coders[0], pair.coders[1]])}
                >
                  {t('agreement.pair', { first: pair.coders[0], second: pair.coders[1] })}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            if (!byPair.some((themes) => themes.has(row.theme.id))) return null;
            return (
              <tr key={row.theme.id}>
                <th scope="row">
                  <Swatch colour={row.theme.colour} /> {row.path}
                </th>
                {byPair.map((themes, i) => {
                  const figures = themes.get(row.theme.id);
                  return (
                    <td key={pairs[i]?.coders.join('|')}>
                      {figures ? (
                        <AgreementCoefficient value={figures.kappa} kind="kappa" />
                      ) : (
                        <span className="muted">–</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('agreement.overall')}</th>
            {pairs.map((pair) => (
              <td key={pair.coders.join('|')}>
                <AgreementCoefficient value={pair.overall.kappa} kind="kappa" />
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
