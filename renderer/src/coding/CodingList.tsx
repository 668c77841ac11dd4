import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coding, Theme } from '../../../shared/model/entities';
import { ShowMore } from '../components/ShowMore';
import { Swatch } from '../components/Swatch';
import { run } from '../state/project-store';
import { shortSnippet } from './coding-model';

interface CodingListProps {
  codings: readonly Coding[];
  /** Each coder's name, when the project has more than one (else no coder is named). */
  coderNames: ReadonlyMap<string, string> | null;
  themeById: ReadonlyMap<string, Theme>;
  activeIds: ReadonlySet<string>;
  onShow: (coding: Coding) => void;
}

interface ItemLabels {
  show: string;
  delete: string;
  deleteOf: (snippet: string) => string;
  valence: (valence: Coding['valence']) => string;
}

/** How many codings the list draws at first and adds per "show more". */
export const CODING_PAGE = 50;

/**
 * Every coding of the source in reading order: snippet, themes, valence, delete. Memoised, item
 * by item: a long transcript can have hundreds of codings, and selecting text must stay fluid.
 * Drawn a page at a time (a thousand items took longer to draw than the transcript itself), and
 * always as far as the last shown coding, so one shown from elsewhere is in the list.
 */
export const CodingList = memo(function CodingList({
  codings,
  coderNames,
  themeById,
  activeIds,
  onShow,
}: CodingListProps) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(CODING_PAGE);
  let shown = Math.min(limit, codings.length);
  for (let i = codings.length - 1; i >= shown; i--) {
    if (activeIds.has(codings[i]?.id ?? '')) {
      shown = i + 1;
      break;
    }
  }
  const labels: ItemLabels = {
    show: t('coding.show'),
    delete: t('coding.deleteCoding'),
    deleteOf: (snippet) => t('coding.deleteCodingOf', { snippet }),
    valence: (valence) => t(`valence.${valence}`),
  };
  return (
    <section className="coding-list" aria-labelledby="coding-list-heading">
      <h3 id="coding-list-heading" className="panel-label">
        {t('coding.listHeading')} <span className="count">({codings.length})</span>
      </h3>
      {codings.length === 0 ? (
        <p className="hint">{t('coding.listEmpty')}</p>
      ) : (
        <ul className="plain-list">
          {codings.slice(0, shown).map((coding) => (
            <CodingItem
              key={coding.id}
              coding={coding}
              coder={coderNames?.get(coding.coderId) ?? null}
              themeById={themeById}
              active={activeIds.has(coding.id)}
              labels={labels}
              onShow={onShow}
            />
          ))}
        </ul>
      )}
      <ShowMore
        shown={shown}
        total={codings.length}
        step={CODING_PAGE}
        onMore={() => setLimit(shown + CODING_PAGE)}
      />
    </section>
  );
});

const CodingItem = memo(
  function CodingItem({
    coding,
    coder,
    themeById,
    active,
    labels,
    onShow,
  }: {
    coding: Coding;
    coder: string | null;
    themeById: ReadonlyMap<string, Theme>;
    active: boolean;
    labels: ItemLabels;
    onShow: (coding: Coding) => void;
  }) {
    return (
      <li className={active ? 'coding-item is-active' : 'coding-item'}>
        <button
          type="button"
          className="coding-item-main"
          onClick={() => onShow(coding)}
          title={labels.show}
        >
          <span className="coding-swatches" aria-hidden="true">
            {coding.themeIds.map((id) => (
              <Swatch key={id} colour={themeById.get(id)?.colour} />
            ))}
          </span>
          <span className="coding-snippet">{shortSnippet(coding.snippet, 90)}</span>
          <span className="coding-meta">
            {coding.themeIds.map((id) => themeById.get(id)?.name ?? '?').join(', ')}
            {' · '}
            {labels.valence(coding.valence)}
            {coder && <span className="coding-coder"> · {coder}</span>}
          </span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={labels.deleteOf(shortSnippet(coding.snippet, 40))}
          title={labels.delete}
          onClick={() => void run('codings.delete', { id: coding.id })}
        >
          <span aria-hidden="true">×</span>
        </button>
      </li>
    );
  },
  // The labels object is new each time the list draws; the language shows in one of its words.
  (prev, next) =>
    prev.coding === next.coding &&
    prev.coder === next.coder &&
    prev.active === next.active &&
    prev.themeById === next.themeById &&
    prev.onShow === next.onShow &&
    prev.labels.show === next.labels.show,
);
