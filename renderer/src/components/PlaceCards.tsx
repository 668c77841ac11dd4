import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showInSource } from '../state/ui-store';
import { QuoteCard } from './QuoteCard';

/** A place in a source (not a coding) with the words around it. */
export interface PlaceInSource {
  sourceId: string;
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
}

/**
 * Places read closely (where two themes meet, where two coders differ): each in its context like
 * a quote, with a jump to it in the source.
 */
export function PlaceCards<P extends PlaceInSource>({
  places,
  busy = false,
  actions,
}: {
  places: readonly P[];
  busy?: boolean;
  /** More buttons for a place, after "show in source". */
  actions?: (place: P) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ol className="plain-list qcard-list" aria-busy={busy}>
      {places.map((place) => (
        <li key={`${place.sourceId}:${place.start}`}>
          <QuoteCard
            snippet={place.text}
            before={place.before}
            after={place.after}
            sourceId={place.sourceId}
            start={place.start}
            end={place.end}
            valence={null}
          >
            <button
              type="button"
              className="button-quiet button-small"
              onClick={() =>
                showInSource({
                  sourceId: place.sourceId,
                  start: place.start,
                  end: place.end,
                  codingId: null,
                })
              }
            >
              {t('matrix.showInSource')}
            </button>
            {actions?.(place)}
          </QuoteCard>
        </li>
      ))}
    </ol>
  );
}
