import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../../shared/model/entities';
import { EmptyState } from '../components/EmptyState';
import { useLang } from '../i18n/use-lang';
import { ShowMore } from '../components/ShowMore';
import { useProjectData } from '../state/project-store';
import { useCodingSummary } from '../state/source-codings';
import { AddSourceDialog } from './AddSourceDialog';
import { DeleteSourceDialog } from './DeleteSourceDialog';
import { EditSourceDialog } from './EditSourceDialog';
import { ImportDialog } from './ImportDialog';
import { carriesFiles } from './import-plan';
import { SourceFilters } from './SourceFilters';
import { SourcesTable } from './SourcesTable';
import { emptyFilter, filterRows, sortRows, type SourceRow, type SourceSort } from './source-table';

/** Rows drawn at a time: a national study has a thousand interviews. */
const SOURCE_PAGE = 100;

type Open =
  | { dialog: 'add' }
  | { dialog: 'import'; files: readonly File[] }
  | { dialog: 'edit'; source: Source }
  | { dialog: 'delete'; source: Source }
  | null;

/** The sources: import and add, filter and sort, open, edit and delete. Files can be dropped here. */
export function SourcesList() {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const [open, setOpen] = useState<Open>(null);
  const [filter, setFilter] = useState(emptyFilter);
  const [sort, setSort] = useState<SourceSort | null>(null);
  const [dragging, setDragging] = useState(false);

  const [limit, setLimit] = useState(SOURCE_PAGE);
  const counts = useCodingSummary()?.value?.bySource;

  const rows = useMemo((): SourceRow[] => {
    const caseName = new Map(data.cases.map((c) => [c.id, c.name]));
    const respondentName = new Map(data.respondents.map((r) => [r.id, r.pseudonym]));
    return data.sources.map((source) => ({
      source,
      caseName: (source.caseId && caseName.get(source.caseId)) || '',
      kindLabel: t(`sourceKind.${source.kind}`),
      respondents: source.respondentIds.map((id) => respondentName.get(id)).join(', '),
      codings: counts ? (counts[source.id] ?? 0) : null,
    }));
  }, [data.cases, data.respondents, data.sources, counts, t]);
  const shown = useMemo(() => {
    const kept = filterRows(rows, filter);
    return sort ? sortRows(kept, sort, lang) : kept;
  }, [rows, filter, sort, lang]);

  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles([...event.dataTransfer.types]) || open) return;
    event.preventDefault();
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    setDragging(false);
    if (!carriesFiles([...event.dataTransfer.types]) || open) return;
    event.preventDefault();
    setOpen({ dialog: 'import', files: [...event.dataTransfer.files] });
  };

  const close = () => setOpen(null);
  return (
    <section
      className={dragging ? 'view sources-view is-dragging' : 'view sources-view'}
      aria-labelledby="sources-heading"
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <div className="view-head">
        <h1 id="sources-heading">{t('sources.heading')}</h1>
        <div className="button-row head-actions">
          <button type="button" className="button" onClick={() => setOpen({ dialog: 'add' })}>
            {t('sources.add')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setOpen({ dialog: 'import', files: [] })}
          >
            {t('import.button')}
          </button>
        </div>
      </div>
      {dragging && (
        <p className="drop-overlay" aria-hidden="true">
          {t('import.dropHere')}
        </p>
      )}
      {data.sources.length === 0 ? (
        <EmptyState>{t('sourceTable.empty')}</EmptyState>
      ) : (
        <>
          <p className="muted view-intro">{t('sources.openHint')}</p>
          <SourceFilters
            filter={filter}
            onChange={setFilter}
            shown={shown.length}
            total={rows.length}
          />
          {shown.length === 0 ? (
            <EmptyState>{t('sourceTable.noMatch')}</EmptyState>
          ) : (
            <>
              <SourcesTable
                rows={shown.length > limit ? shown.slice(0, limit) : shown}
                sort={sort}
                onSort={setSort}
                onEdit={(source) => setOpen({ dialog: 'edit', source })}
                onDelete={(source) => setOpen({ dialog: 'delete', source })}
              />
              <ShowMore
                shown={Math.min(limit, shown.length)}
                total={shown.length}
                step={SOURCE_PAGE}
                onMore={() => setLimit((n) => n + SOURCE_PAGE)}
              />
            </>
          )}
        </>
      )}
      {open?.dialog === 'add' && <AddSourceDialog onClose={close} />}
      {open?.dialog === 'import' && <ImportDialog initialFiles={open.files} onClose={close} />}
      {open?.dialog === 'edit' && <EditSourceDialog source={open.source} onClose={close} />}
      {open?.dialog === 'delete' && <DeleteSourceDialog source={open.source} onClose={close} />}
    </section>
  );
}
