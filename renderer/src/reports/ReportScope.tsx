import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REPORT_PARTS, type ReportPart } from '../../../shared/outputs';
import { matrixRows } from '../analysis/matrix-model';
import { useProjectData } from '../state/project-store';

/** Which sheets the workbook gets (all by default). */
export function ReportParts({
  parts,
  onChange,
}: {
  parts: readonly ReportPart[];
  onChange: (parts: ReportPart[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="check-list report-parts">
      <legend>{t('reportsView.parts')}</legend>
      <ul className="plain-list check-columns">
        {REPORT_PARTS.map((part) => (
          <li key={part}>
            <label className="check-row">
              <input
                type="checkbox"
                checked={parts.includes(part)}
                onChange={(event) =>
                  onChange(
                    REPORT_PARTS.filter((p) =>
                      p === part ? event.target.checked : parts.includes(p),
                    ),
                  )
                }
              />
              <span>{t(`reportsView.part_${part}`)}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

interface ScopeListProps {
  kind: 'cases' | 'themes';
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * Limits the report to some cases or themes; nothing ticked means all. Folded away by default,
 * since most reports cover everything.
 */
export function ReportScopeList({ kind, selected, onChange }: ScopeListProps) {
  const { t } = useTranslation();
  const id = useId();
  const data = useProjectData();
  const items =
    kind === 'cases'
      ? data.cases.map((c) => ({ id: c.id, name: c.name, depth: 0 }))
      : matrixRows(data.themes, new Set()).map((r) => ({
          id: r.theme.id,
          name: r.theme.name,
          depth: r.depth,
        }));
  const summary =
    selected.length === 0
      ? t(`reportsView.scopeAll_${kind}`)
      : t(`reportsView.scopeSome_${kind}`, { count: selected.length });
  return (
    <details className="scope-list">
      <summary>
        <span className="scope-title">{t(`reportsView.scope_${kind}`)}</span>{' '}
        <span className="muted" id={`${id}-summary`}>
          {summary}
        </span>
      </summary>
      <fieldset aria-describedby={`${id}-summary`}>
        <legend className="visually-hidden">{t(`reportsView.scope_${kind}`)}</legend>
        <div className="button-row tight">
          <button type="button" className="button-quiet button-small" onClick={() => onChange([])}>
            {t('reportsView.scopeClear')}
          </button>
        </div>
        <ul className={kind === 'cases' ? 'plain-list check-columns' : 'plain-list'}>
          {items.map((item) => (
            <li key={item.id} style={{ paddingInlineStart: `${item.depth * 1.25}rem` }}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={selected.includes(item.id)}
                  onChange={(event) =>
                    onChange(
                      items
                        .map((i) => i.id)
                        .filter((x) =>
                          x === item.id ? event.target.checked : selected.includes(x),
                        ),
                    )
                  }
                />
                <span>{item.name}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}
