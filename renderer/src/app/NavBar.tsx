import { useTranslation } from 'react-i18next';
import { showView, useUi, views, type View } from '../state/ui-store';
import { modKeyLabel } from './platform';

const labelKey = {
  sources: 'nav.sources',
  codebook: 'nav.codebook',
  cases: 'nav.cases',
  analysis: 'nav.analysis',
  findings: 'nav.findings',
  reports: 'nav.reports',
  quotes: 'workbenchNav.quotes',
  search: 'workbenchNav.search',
} as const satisfies Record<View, string>;

// The retrieval views come last, set apart as their own group (in the native menu too).
const retrieval: ReadonlySet<View> = new Set(['quotes', 'search']);

/** The left navigation between the views; Ctrl/Cmd+1…8 do the same. */
export function NavBar() {
  const { t } = useTranslation();
  const { view: current } = useUi();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {views.map((view, index) => (
          <li key={view} className={retrieval.has(view) ? 'nav-retrieval' : undefined}>
            <button
              type="button"
              className="nav-item"
              aria-current={view === current ? 'page' : undefined}
              aria-keyshortcuts={`${modKeyLabel().aria}+${index + 1}`}
              onClick={() => showView(view)}
            >
              <span className="nav-label">{t(labelKey[view])}</span>
              <span className="nav-shortcut" aria-hidden="true">
                {modKeyLabel().short}
                {index + 1}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
