import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUOTE_PAGE } from '../../../shared/contract';
import type { Theme } from '../../../shared/model/entities';
import { FormError } from '../components/FormError';
import { PlaceCards } from '../components/PlaceCards';
import { ShowMore } from '../components/ShowMore';
import { Swatch } from '../components/Swatch';
import { useCountText } from '../i18n/use-lang';
import { useCodingsEdit } from '../state/project-store';
import { useApiQuery } from '../state/use-api-query';

interface CoOccurrencePanelProps {
  a: Theme;
  b: Theme;
  scope: 'overlap' | 'paragraph';
  onClose: () => void;
}

export const CO_PANEL_ID = 'co-occurrence-panel';

/**
 * One theme pair read closely: the places where the two themes meet (as the table counts them),
 * each in its context like a matrix cell's quotes, with a jump to its place in the source.
 */
export function CoOccurrencePanel({ a, b, scope, onClose }: CoOccurrencePanelProps) {
  const { t } = useTranslation();
  const countText = useCountText();
  const codingsEdit = useCodingsEdit();
  const [limit, setLimit] = useState(QUOTE_PAGE);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened from a count in the table: the reader goes on here.
  useEffect(() => headingRef.current?.focus(), []);
  const query = useApiQuery(
    'analysis.coOccurrencePlaces',
    { scope, a: a.id, b: b.id, limit },
    codingsEdit,
  );
  const places = query?.value?.places ?? [];
  const total = query?.value?.total ?? 0;
  return (
    <aside id={CO_PANEL_ID} className="side-panel matrix-panel" aria-labelledby="co-panel-heading">
      <div className="panel-row">
        <h3 id="co-panel-heading" className="panel-heading" tabIndex={-1} ref={headingRef}>
          <span className="co-pair-names">
            <Swatch colour={a.colour} large /> {a.name}{' '}
            <span className="muted">{t('coPlaces.and')}</span> <Swatch colour={b.colour} large />{' '}
            {b.name}
          </span>
        </h3>
        <button type="button" className="button-quiet button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="hint" role="status" aria-live="polite">
        {query?.status === 'loading'
          ? t('coPlaces.loading')
          : query?.status === 'ok'
            ? countText(`coPlaces.${scope}`, total)
            : ''}
      </p>
      {query?.status === 'error' && <FormError error={query.error} />}
      <PlaceCards places={places} busy={query?.status === 'loading'} />
      <ShowMore
        shown={places.length}
        total={total}
        step={QUOTE_PAGE}
        onMore={() => setLimit(limit + QUOTE_PAGE)}
      />
    </aside>
  );
}
