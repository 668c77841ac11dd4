import { useTranslation } from 'react-i18next';
import type { Coding, Theme } from '../../../shared/model/entities';
import { run } from '../state/project-store';
import { shortSnippet } from './coding-model';

interface CodingListProps {
  codings: readonly Coding[];
  themeById: ReadonlyMap<string, Theme>;
  activeIds: ReadonlySet<string>;
  onShow: (coding: Coding) => void;
}

/** Every coding of the source in reading order: snippet, themes, valence, delete. */
export function CodingList({ codings, themeById, activeIds, onShow }: CodingListProps) {
  const { t } = useTranslation();
  return (
    <section className="coding-list" aria-labelledby="coding-list-heading">
      <h3 id="coding-list-heading" className="panel-label">
        {t('coding.listHeading')} <span className="count">({codings.length})</span>
      </h3>
      {codings.length === 0 ? (
        <p className="hint">{t('coding.listEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {codings.map((coding) => {
            const snippet = shortSnippet(coding.snippet, 90);
            return (
              <li
                key={coding.id}
                className={activeIds.has(coding.id) ? 'coding-item is-active' : 'coding-item'}
              >
                <button
                  type="button"
                  className="coding-item-main"
                  onClick={() => onShow(coding)}
                  title={t('coding.show')}
                >
                  <span className="coding-swatches" aria-hidden="true">
                    {coding.themeIds.map((id) => (
                      <span
                        key={id}
                        className="swatch"
                        style={{ backgroundColor: themeById.get(id)?.colour }}
                      />
                    ))}
                  </span>
                  <span className="coding-snippet">{snippet}</span>
                  <span className="coding-meta">
                    {coding.themeIds.map((id) => themeById.get(id)?.name ?? '?').join(', ')}
                    {' · '}
                    {t(`valence.${coding.valence}`)}
                  </span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('coding.deleteCodingOf', {
                    snippet: shortSnippet(coding.snippet, 40),
                  })}
                  title={t('coding.deleteCoding')}
                  onClick={() => void run('codings.delete', { id: coding.id })}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
