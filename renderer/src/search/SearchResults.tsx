import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract';
import { useProjectData } from '../state/project-store';
import { showInSource } from '../state/ui-store';
import { groupHits, hitKey } from './hit-groups';

/** Hits by source, each with the words around it and a jump to its place. */
export function SearchResults({ hits }: { hits: readonly SearchHit[] }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const groups = groupHits(
    hits,
    data.sources.map((s) => s.id),
  );
  const caseName = new Map(data.cases.map((c) => [c.id, c.name]));
  return (
    <div className="hit-groups">
      {groups.map((group) => {
        const source = data.sources.find((s) => s.id === group.sourceId);
        return (
          <section key={group.sourceId} className="hit-group">
            <h2 className="hit-source">
              {source?.title ?? t('search.unknownSource')}{' '}
              <span className="count">({group.hits.length})</span>
            </h2>
            {source?.caseId && <p className="muted hit-from">{caseName.get(source.caseId)}</p>}
            <ol className="plain-list">
              {group.hits.map((hit) => (
                <li key={hitKey(hit)} className="hit-item">
                  <p className="hit-text" id={`hit-${hitKey(hit)}`}>
                    {hit.before && <span className="quote-context">…{hit.before}</span>}
                    <mark className="hit-mark">{hit.text}</mark>
                    {hit.after && <span className="quote-context">{hit.after}…</span>}
                  </p>
                  <button
                    type="button"
                    className="button-quiet button-small"
                    aria-describedby={`hit-${hitKey(hit)}`}
                    onClick={() =>
                      showInSource({
                        sourceId: hit.sourceId,
                        start: hit.start,
                        end: hit.end,
                        codingId: null,
                      })
                    }
                  >
                    {t('search.show')}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
