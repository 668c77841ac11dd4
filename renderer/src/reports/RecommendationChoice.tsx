import { useTranslation } from 'react-i18next';
import { useProjectData } from '../state/project-store';

/** Which recommendations to print: one, some or all (all by default), in their order. */
export function RecommendationChoice({
  all,
  chosen,
  onChange,
}: {
  all: readonly string[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const data = useProjectData();
  const byId = new Map(data.recommendations.map((r) => [r.id, r]));
  return (
    <fieldset className="check-list">
      <legend>
        {t('print.which')}{' '}
        <span className="muted">
          ({t('print.chosen', { count: chosen.length, total: all.length })})
        </span>
      </legend>
      <div className="button-row tight">
        <button
          type="button"
          className="button-quiet button-small"
          onClick={() => onChange([...all])}
        >
          {t('print.chooseAll')}
        </button>
        <button type="button" className="button-quiet button-small" onClick={() => onChange([])}>
          {t('print.chooseNone')}
        </button>
      </div>
      {all.length === 0 ? (
        <p className="hint">{t('findings.noRecommendations')}</p>
      ) : (
        <ul className="plain-list">
          {all.map((id, index) => (
            <li key={id}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={chosen.includes(id)}
                  onChange={(event) =>
                    onChange(
                      all.filter((x) => (x === id ? event.target.checked : chosen.includes(x))),
                    )
                  }
                />
                <span>
                  <strong>{index + 1}.</strong> {byId.get(id)?.title}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
