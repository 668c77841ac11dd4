import { useTranslation } from 'react-i18next';
import type { Coding, Theme } from '../../../shared/model/entities';
import { ThemeChip } from '../components/ThemeChip';
import { run } from '../state/project-store';

interface ActiveCodingsProps {
  codings: readonly Coding[];
  themeById: ReadonlyMap<string, Theme>;
  onClose: () => void;
}

/** The codings under a clicked highlight: quote, themes, valence, memo, and delete. */
export function ActiveCodings({ codings, themeById, onClose }: ActiveCodingsProps) {
  const { t } = useTranslation();
  return (
    <section className="active-codings" aria-labelledby="active-codings-heading">
      <div className="panel-row">
        <h3 id="active-codings-heading" className="panel-label">
          {t('coding.selectedHeading')}
        </h3>
        <button type="button" className="button-quiet button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <ul className="plain-list">
        {codings.map((coding) => (
          <li key={coding.id} className="coding-card">
            <blockquote>{coding.snippet}</blockquote>
            <div className="chips">
              {coding.themeIds.map((id) => {
                const theme = themeById.get(id);
                return theme ? <ThemeChip key={id} theme={theme} /> : null;
              })}
              <span className={`valence valence-${coding.valence}`}>
                {t(`valence.${coding.valence}`)}
              </span>
            </div>
            {coding.memo && <p className="memo">{coding.memo}</p>}
            <button
              type="button"
              className="button button-small button-danger-quiet"
              onClick={() => void run('codings.delete', { id: coding.id })}
            >
              {t('coding.deleteCoding')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
