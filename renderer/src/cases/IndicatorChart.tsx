import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/model/entities';
import { useLang } from '../i18n/use-lang';
import { formatNumber } from '../i18n/format-number';
import { roundForDisplay, type IndicatorRow } from './indicator-model';

const WIDTH = 720;
const LABEL = 210;
const VALUE_SPACE = 110;
const BAR_HEIGHT = 22;
const GAP = 10;
const TOP = 8;

/**
 * A horizontal bar chart of one indicator across the cases that report it, in SVG so it scales
 * and prints crisply. Every bar carries its value as text; the whole chart is one image whose
 * label reads the values out.
 */
export function IndicatorChart({ row, cases }: { row: IndicatorRow; cases: readonly Case[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const bars = cases.flatMap((c) => {
    const indicator = row.byCase.get(c.id);
    return indicator
      ? [{ id: c.id, name: c.name, value: indicator.value, unit: indicator.unit }]
      : [];
  });
  const max = Math.max(0, ...bars.map((b) => b.value));
  const min = Math.min(0, ...bars.map((b) => b.value));
  const span = max - min || 1;
  const plot = WIDTH - LABEL - VALUE_SPACE;
  const zero = LABEL + ((0 - min) / span) * plot;
  const height = TOP * 2 + bars.length * (BAR_HEIGHT + GAP) - GAP;
  const text = (value: number, unit: string) =>
    `${formatNumber(roundForDisplay(value), lang)}${unit ? ` ${unit}` : ''}`;
  const summary = t('indicatorTable.chartLabel', {
    name: row.name,
    values: bars.map((b) => `${b.name} ${text(b.value, b.unit)}`).join(', '),
  });
  const missing = cases.length - bars.length;

  return (
    <figure className="indicator-chart">
      <figcaption className="chart-title">
        {row.name}
        {row.unit ? <span className="muted"> ({row.unit})</span> : null}
      </figcaption>
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: `${WIDTH}px` }}
        preserveAspectRatio="xMinYMin meet"
      >
        <title>{summary}</title>
        <line x1={zero} x2={zero} y1={0} y2={height} stroke="#8a94a3" strokeWidth={1} />
        {bars.map((bar, i) => {
          const y = TOP + i * (BAR_HEIGHT + GAP);
          const x = bar.value >= 0 ? zero : zero - (Math.abs(bar.value) / span) * plot;
          const w = (Math.abs(bar.value) / span) * plot;
          return (
            <g key={bar.id}>
              <text
                x={LABEL - 10}
                y={y + BAR_HEIGHT / 2}
                dominantBaseline="central"
                textAnchor="end"
                className="chart-label"
              >
                {bar.name}
              </text>
              <rect x={x} y={y} width={Math.max(w, 1)} height={BAR_HEIGHT} rx={3} fill="#2b5f8a" />
              <text
                x={x + w + 8}
                y={y + BAR_HEIGHT / 2}
                dominantBaseline="central"
                className="chart-value"
              >
                {text(bar.value, bar.unit)}
              </text>
            </g>
          );
        })}
      </svg>
      {missing > 0 && (
        <p className="hint">{t('indicatorTable.missingCases', { count: missing })}</p>
      )}
    </figure>
  );
}
