import type { TFunction } from 'i18next';
import type { KeyboardEvent } from 'react';
import type { MatrixCell } from '../../../shared/analysis/matrix';
import { heatColour } from './heat';

interface MatrixCellButtonProps {
  cell: MatrixCell | undefined;
  max: number;
  themeName: string;
  columnName: string;
  hasSynthesis: boolean;
  selected: boolean;
  /** Whether this cell is the grid's one tab stop. */
  tabbable: boolean;
  row: number;
  col: number;
  onOpen: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onFocus: () => void;
  /** The table's translation: one hook per table, not per cell (a wide matrix has thousands). */
  t: TFunction;
}

/**
 * One theme × column cell: codings (sources), strengths and weaknesses, a valence bar and a
 * synthesis marker, on a heat tint by number of codings. Numbers are always written out; the
 * colour only repeats them.
 */
export function MatrixCellButton(props: MatrixCellButtonProps) {
  const { cell, max, hasSynthesis, selected, t } = props;
  const codings = cell?.codings ?? 0;
  const sources = cell?.sources ?? 0;
  const strength = cell?.valence.strength ?? 0;
  const weakness = cell?.valence.weakness ?? 0;
  const other = codings - strength - weakness;
  const label = [
    t('matrix.cellLabel', {
      theme: props.themeName,
      column: props.columnName,
      codings,
      sources,
    }),
    codings > 0 ? t('matrix.cellValence', { strength, weakness }) : '',
    hasSynthesis ? t('matrix.cellHasSynthesis') : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={`matrix-cell${codings === 0 ? ' is-empty' : ''}${selected ? ' is-selected' : ''}`}
      style={{ backgroundColor: heatColour(codings, max) }}
      aria-label={label}
      aria-expanded={selected}
      aria-controls={selected ? 'matrix-cell-panel' : undefined}
      tabIndex={props.tabbable ? 0 : -1}
      data-cell={`${props.row}:${props.col}`}
      onClick={props.onOpen}
      onKeyDown={props.onKeyDown}
      onFocus={props.onFocus}
    >
      <span className="cell-line" aria-hidden="true">
        <span className="cell-count">{codings}</span>
        {codings > 0 && <span className="cell-sources">({sources})</span>}
        {hasSynthesis && <span className="cell-synthesis">✎</span>}
      </span>
      {codings > 0 && (
        <>
          <span className="cell-valence" aria-hidden="true">
            <span className="cell-plus">+{strength}</span>
            <span className="cell-minus">−{weakness}</span>
          </span>
          <span className="cell-bar" aria-hidden="true">
            {strength > 0 && <span className="bar-strength" style={{ flexGrow: strength }} />}
            {other > 0 && <span className="bar-other" style={{ flexGrow: other }} />}
            {weakness > 0 && <span className="bar-weakness" style={{ flexGrow: weakness }} />}
          </span>
        </>
      )}
    </button>
  );
}
