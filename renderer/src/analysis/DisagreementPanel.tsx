import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementUnit } from '../../../shared/analysis/agreement';
import { QUOTE_PAGE } from '../../../shared/contract';
import type { Theme } from '../../../shared/model/entities';
import { FormError } from '../components/FormError';
import { PlaceCards } from '../components/PlaceCards';
import { ShowMore } from '../components/ShowMore';
import { Swatch } from '../components/Swatch';
import { run, useCodingsEdit } from '../state/project-store';
import { useApiQuery } from '../state/use-api-query';

interface DisagreementPanelProps {
  theme: Theme;
  unit: AgreementUnit;
  coders: readonly [string, string];
  onClose: () => void;
}

export const DISAGREEMENT_PANEL_ID = 'disagreement-panel';

/**
 * One theme's disagreements, side by side: what only the first coder coded beside what only the
 * second did, each place in its context with a jump to it in the source, to discuss and settle.
 */
export function DisagreementPanel({ theme, unit, coders, onClose }: DisagreementPanelProps) {
  const { t } = useTranslation();
  const codingsEdit = useCodingsEdit();
  const [limit, setLimit] = useState(QUOTE_PAGE);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened from a theme in the table: the reader goes on here.
  useEffect(() => headingRef.current?.focus(), []);
  const query = useApiQuery(
    'analysis.disagreements',
    { unit, coders: [coders[0], coders[1]], themeId: theme.id, limit },
    codingsEdit,
  );
  const places = query?.value?.places ?? [];
  const total = query?.value?.total ?? 0;
  return (
    <section
      id={DISAGREEMENT_PANEL_ID}
      className="disagreements"
      aria-labelledby="disagreement-heading"
    >
      <div className="panel-row">
        <h3 id="disagreement-heading" className="panel-heading" tabIndex={-1} ref={headingRef}>
          <Swatch colour={theme.colour} large />{' '}
          {t('agreement.disagreementsOn', { theme: theme.name })}
        </h3>
        <button type="button" className="button-quiet button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="hint" role="status" aria-live="polite">
        {query?.status === 'ok' ? t('agreement.disagreementCount', { count: total }) : ''}
      </p>
      {query?.status === 'error' && <FormError error={query.error} />}
      <div className="disagreement-columns" aria-busy={query?.status === 'loading'}>
        {coders.map((coder, side) => {
          const mine = places.filter((place) => place.coder === coder);
          return (
            <section key={coder} aria-labelledby={`disagreement-side-${side}`}>
              <h4 id={`disagreement-side-${side}`}>
                {t('agreement.onlyCoded', { coder, other: coders[1 - side] })}
              </h4>
              {mine.length === 0 ? (
                <p className="muted">{t('agreement.nothingOnlyHere')}</p>
              ) : (
                <PlaceCards
                  places={mine}
                  actions={(place) => (
                    <SettleButtons
                      onSettle={(decision) =>
                        void run('codings.settle', {
                          sourceId: place.sourceId,
                          start: place.start,
                          end: place.end,
                          themeId: theme.id,
                          coder,
                          other: coders[1 - side] ?? '',
                          decision,
                        })
                      }
                      coder={coder}
                      other={coders[1 - side] ?? ''}
                    />
                  )}
                />
              )}
            </section>
          );
        })}
      </div>
      <ShowMore
        shown={places.length}
        total={total}
        step={QUOTE_PAGE}
        onMore={() => setLimit(limit + QUOTE_PAGE)}
      />
    </section>
  );
}

/**
 * The two ways to settle a place one coder coded: both code it, or neither does. Leaving it as
 * it is needs no button. Each is one edit that undo takes back.
 */
function SettleButtons({
  coder,
  other,
  onSettle,
}: {
  coder: string;
  other: string;
  onSettle: (decision: 'both' | 'neither') => void;
}) {
  const { t } = useTranslation();
  return (
    <span className="settle-buttons" role="group" aria-label={t('agreement.settle')}>
      <button
        type="button"
        className="button-quiet button-small"
        title={t('agreement.settleBothHint', { coder, other })}
        onClick={() => onSettle('both')}
      >
        {t('agreement.settleBoth')}
      </button>
      <button
        type="button"
        className="button-quiet button-small"
        title={t('agreement.settleNeitherHint', { coder })}
        onClick={() => onSettle('neither')}
      >
        {t('agreement.settleNeither')}
      </button>
    </span>
  );
}
