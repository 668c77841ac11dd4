import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/entities';
import { SortableHeader } from '../components/SortableHeader';
import { useDateText } from '../i18n/use-lang';
import { openSource } from '../state/ui-store';
import { nextSort, type SortKey, type SourceRow, type SourceSort } from './source-table';

interface SourcesTableProps {
  rows: readonly SourceRow[];
  sort: SourceSort | null;
  onSort: (sort: SourceSort) => void;
  onEdit: (source: Source) => void;
  onDelete: (source: Source) => void;
}

/** The table of sources: sortable columns; a title opens its source; edit and delete per row. */
export function SourcesTable({ rows, sort, onSort, onEdit, onDelete }: SourcesTableProps) {
  const { t } = useTranslation();
  const dateText = useDateText();
  const header = (key: SortKey, label: string, className?: string) => (
    <SortableHeader
      label={label}
      className={className}
      direction={sort?.key === key ? sort.direction : null}
      onSort={() => onSort(nextSort(sort, key))}
    />
  );
  return (
    <table className="table sources-table">
      <caption className="visually-hidden">{t('sources.tableCaption')}</caption>
      <thead>
        <tr>
          {header('title', t('sources.title'), 'col-title')}
          {header('case', t('sources.case'), 'col-case')}
          {header('kind', t('sources.kind'), 'col-kind')}
          {header('date', t('sources.date'), 'col-date')}
          <th scope="col">{t('sources.respondents')}</th>
          {header('codings', t('sources.codings'), 'numeric col-codings')}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('sourceTable.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ source, caseName, kindLabel, respondents, codings }) => (
          <tr key={source.id} className="row-link" onClick={() => openSource(source.id)}>
            <th scope="row">
              {/* The real control: Enter/Space and screen readers reach it; the row is a bigger target. */}
              <button
                type="button"
                className="link-button"
                onClick={(event) => {
                  event.stopPropagation();
                  openSource(source.id);
                }}
              >
                {source.title}
              </button>
            </th>
            <td>{caseName || t('common.none')}</td>
            <td>{kindLabel}</td>
            <td className="nowrap">{source.date ? dateText(source.date) : t('common.none')}</td>
            <td>{respondents || t('common.none')}</td>
            <td className="numeric">{codings}</td>
            <td className="row-actions" onClick={(event) => event.stopPropagation()}>
              <button
                type="button"
                className="icon-button icon-button-neutral"
                aria-label={t('sourceTable.editOf', { title: source.title })}
                title={t('sourceTable.edit')}
                onClick={() => onEdit(source)}
              >
                <span aria-hidden="true">✎</span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('sourceTable.deleteOf', { title: source.title })}
                title={t('sourceTable.delete')}
                onClick={() => onDelete(source)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
