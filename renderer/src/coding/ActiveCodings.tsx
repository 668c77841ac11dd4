import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coding, Theme } from '../../../shared/model/entities';
import type { ThemeRow } from '../../../shared/model/theme-tree';
import { ThemeChip } from '../components/ThemeChip';
import { run } from '../state/project-store';
import { CodingEditForm } from './CodingEditForm';

interface ActiveCodingsProps {
  codings: readonly Coding[];
  themeById: ReadonlyMap<string, Theme>;
  themes: readonly ThemeRow[];
  onClose: () => void;
  /** Starts adjusting a coding's bounds by selecting new text. */
  onAdjust: (coding: Coding) => void;
}

/**
 * The codings under a clicked highlight: quote, themes, valence, memo; each can be edited,
 * have its bounds adjusted, or be deleted.
 */
export function ActiveCodings({
  codings,
  themeById,
  themes,
  onClose,
  onAdjust,
}: ActiveCodingsProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
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
            {editing === coding.id ? (
              <CodingEditForm coding={coding} themes={themes} onDone={() => setEditing(null)} />
            ) : (
              <>
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
                <div className="button-row card-actions">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setEditing(coding.id)}
                  >
                    {t('codingEdit.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => onAdjust(coding)}
                  >
                    {t('codingEdit.adjust')}
                  </button>
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    onClick={() => void run('codings.delete', { id: coding.id })}
                  >
                    {t('coding.deleteCoding')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
