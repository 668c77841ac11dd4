import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FormError';
import { Swatch } from '../components/Swatch';
import { useCodingsEdit, useProjectData } from '../state/project-store';
import { useApiQuery } from '../state/use-api-query';
import { themeTree } from '../../../shared/model/theme-tree';
import { useEscape } from '../components/use-escape';
import { CO_PANEL_ID, CoOccurrencePanel } from './CoOccurrencePanel';

type Scope = 'overlap' | 'paragraph';
const FIRST_ROWS = 25;

/**
 * Which themes meet: on overlapping codings, or in the same paragraph, as a ranked table. A
 * pair's count opens the places where they meet in a side panel (Escape closes it).
 */
export function CoOccurrenceTable() {
  const { t } = useTranslation();
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const filterId = useId();
  const [scope, setScope] = useState<Scope>('paragraph');
  const [themeId, setThemeId] = useState('');
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState<{ a: string; b: string } | null>(null);
  // Closing gives focus back to the count that opened the panel.
  const close = useCallback(() => {
    setOpen((current) => {
      if (current) {
        const key = CSS.escape(`${current.a}|${current.b}`);
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>(`[data-co-pair="${key}"]`)?.focus(),
        );
      }
      return null;
    });
  }, []);
  const query = useApiQuery('analysis.coOccurrence', { scope }, codingsEdit);
  const rows = useMemo(() => themeTree(data.themes), [data.themes]);
  const pathOf = useMemo(() => new Map(rows.map((r) => [r.theme.id, r])), [rows]);
  const pairs = (query?.value?.pairs ?? []).filter(
    (p) => pathOf.has(p.a) && pathOf.has(p.b) && (!themeId || p.a === themeId || p.b === themeId),
  );
  const shown = all ? pairs : pairs.slice(0, FIRST_ROWS);
  const max = Math.max(1, ...pairs.map((p) => p.count));
  const openA = open ? pathOf.get(open.a)?.theme : undefined;
  const openB = open ? pathOf.get(open.b)?.theme : undefined;
  const panel = openA && openB ? { a: openA, b: openB } : null;
  useEscape(panel !== null, close);

  const isOpen = (pair: { a: string; b: string }) => open?.a === pair.a && open.b === pair.b;

  return (
    <section className="co-occurrence" aria-labelledby="co-heading">
      <h2 id="co-heading">{t('coOccurrence.heading')}</h2>
      <p className="muted">
        {t('coOccurrence.intro')} {t('coPlaces.hint')}
      </p>
      <div className="view-toolbar">
        <div className="segmented" role="group" aria-label={t('coOccurrence.scope')}>
          {(['paragraph', 'overlap'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={scope === s} onClick={() => setScope(s)}>
              {t(`coOccurrence.${s}`)}
            </button>
          ))}
        </div>
        <div className="field field-inline">
          <label htmlFor={filterId}>{t('coOccurrence.filter')}</label>
          <select
            id={filterId}
            value={themeId}
            onChange={(event) => setThemeId(event.target.value)}
          >
            <option value="">{t('coOccurrence.allThemes')}</option>
            {rows.map((r) => (
              <option key={r.theme.id} value={r.theme.id}>
                {'\u00a0\u00a0'.repeat(r.depth)}
                {r.theme.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {query?.status === 'ok' ? t('coOccurrence.count', { count: pairs.length }) : ''}
      </p>
      {query?.status === 'error' && <FormError error={query.error} />}
      <div className={panel ? 'matrix-split' : undefined}>
        <div>
          {query?.status === 'ok' && pairs.length === 0 ? (
            <EmptyState>{t('coOccurrence.empty')}</EmptyState>
          ) : (
            <table className="table co-table" aria-busy={query?.status === 'loading'}>
              <caption className="visually-hidden">{t(`coOccurrence.caption_${scope}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coOccurrence.themeA')}</th>
                  <th scope="col">{t('coOccurrence.themeB')}</th>
                  <th scope="col" className="numeric">
                    {t(`coOccurrence.countHead_${scope}`)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((pair) => (
                  <tr
                    key={`${pair.a}|${pair.b}`}
                    className={isOpen(pair) ? 'is-selected' : undefined}
                  >
                    {[pair.a, pair.b].map((id) => {
                      const row = pathOf.get(id);
                      return (
                        <td key={id}>
                          <Swatch colour={row?.theme.colour} />
                          {row?.path}
                        </td>
                      );
                    })}
                    <td className="numeric co-count">
                      <button
                        type="button"
                        className="co-open"
                        data-co-pair={`${pair.a}|${pair.b}`}
                        aria-expanded={isOpen(pair)}
                        aria-controls={isOpen(pair) ? CO_PANEL_ID : undefined}
                        aria-label={t('coPlaces.open', {
                          a: pathOf.get(pair.a)?.theme.name,
                          b: pathOf.get(pair.b)?.theme.name,
                          times: pair.count,
                        })}
                        onClick={() => setOpen(isOpen(pair) ? null : { a: pair.a, b: pair.b })}
                      >
                        <span
                          className="co-bar"
                          style={{ width: `${(pair.count / max) * 4}rem` }}
                          aria-hidden="true"
                        />
                        {pair.count}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pairs.length > FIRST_ROWS && (
            <button
              type="button"
              className="button button-small show-more"
              onClick={() => setAll(!all)}
            >
              {all
                ? t('coOccurrence.showFewer')
                : t('coOccurrence.showAll', { count: pairs.length })}
            </button>
          )}
        </div>
        {panel && (
          <CoOccurrencePanel
            key={`${panel.a.id}|${panel.b.id}`}
            a={panel.a}
            b={panel.b}
            scope={scope}
            onClose={close}
          />
        )}
      </div>
    </section>
  );
}
