import { useTranslation } from 'react-i18next';
import type { ThemeCounts, ThemeRow } from './theme-tree';

interface ThemeDetailProps {
  row: ThemeRow;
  counts: ThemeCounts | undefined;
  onEdit: () => void;
  onDelete: () => void;
}

/** One theme as the codebook defines it. */
export function ThemeDetail({ row, counts, onEdit, onDelete }: ThemeDetailProps) {
  const { t } = useTranslation();
  const { theme } = row;
  const sections = [
    ['codebook.definition', theme.definition],
    ['codebook.inclusion', theme.inclusion],
    ['codebook.exclusion', theme.exclusion],
    ['codebook.example', theme.example],
  ] as const;
  return (
    <div className="theme-detail">
      <h2 className="theme-detail-title">
        <span
          className="swatch swatch-large"
          style={{ backgroundColor: theme.colour }}
          aria-hidden="true"
        />
        {theme.name}
      </h2>
      {row.depth > 0 && <p className="muted">{row.path}</p>}
      <p className="muted">
        {t('codebook.counts', { codings: counts?.codings ?? 0, sources: counts?.sources ?? 0 })}
      </p>
      <dl className="definition-list">
        {sections.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value || t('common.none')}</dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <button type="button" className="button" onClick={onEdit}>
          {t('common.edit')}
        </button>
        <button type="button" className="button button-danger-quiet" onClick={onDelete}>
          {t('common.delete')}
        </button>
      </div>
    </div>
  );
}
