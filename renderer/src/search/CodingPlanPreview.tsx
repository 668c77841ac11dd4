import { useTranslation } from 'react-i18next';
import type { PlannedCoding } from '../../../shared/contract';
import { toggled } from '../components/toggled';
import { useProjectData } from '../state/project-store';
import { groupHits, hitKey } from './hit-groups';

interface CodingPlanPreviewProps {
  codings: readonly PlannedCoding[];
  /** Keys of codings the user unticked. */
  excluded: ReadonlySet<string>;
  /** Keys of codings a coding with the theme already covers. */
  done: ReadonlySet<string>;
  onExclude: (excluded: ReadonlySet<string>) => void;
}

/**
 * The codings "code all hits" will make, by source: each with its text (a few words around it
 * in grey, the hits marked, how many hits it joins) and a box to leave it out.
 */
export function CodingPlanPreview({ codings, excluded, done, onExclude }: CodingPlanPreviewProps) {
  const { t } = useTranslation();
  const data = useProjectData();
  const groups = groupHits(
    codings,
    data.sources.map((s) => s.id),
  );
  const titleOf = new Map(data.sources.map((s) => [s.id, s.title]));
  return (
    <div className="hit-preview" role="group" aria-label={t('codeHits.previewLabel')}>
      {groups.map((group) => (
        <section key={group.sourceId}>
          <h3 className="preview-source">{titleOf.get(group.sourceId)}</h3>
          <ul className="plain-list">
            {group.hits.map((coding) => {
              const key = hitKey(coding);
              const isDone = done.has(key);
              return (
                <li key={key}>
                  <label className={isDone ? 'preview-hit is-done' : 'preview-hit'}>
                    <input
                      type="checkbox"
                      checked={!isDone && !excluded.has(key)}
                      disabled={isDone}
                      onChange={() => onExclude(toggled(excluded, key))}
                    />
                    <span>
                      {coding.excerpt.map((part, i) =>
                        part.kind === 'hit' ? (
                          <mark key={i} className="hit-mark">
                            {part.text}
                          </mark>
                        ) : (
                          <span
                            key={i}
                            className={part.kind === 'context' ? 'quote-context' : undefined}
                          >
                            {part.text}
                          </span>
                        ),
                      )}
                      {coding.hits.length > 1 && (
                        <span className="hit-count">
                          {t('codeHits.hitCount', { count: coding.hits.length })}
                        </span>
                      )}
                      {isDone && <span className="done-note"> {t('search.doneNote')}</span>}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
