import { useTranslation } from 'react-i18next';
import { translateNotice } from '../../../shared/i18n';
import { AnalysisView } from '../analysis/AnalysisView';
import { CasesView } from '../cases/CasesView';
import { CodebookView } from '../codebook/CodebookView';
import { Banner } from '../components/Banner';
import { FindingsView } from '../findings/FindingsView';
import { useErrorText, useLang } from '../i18n/use-lang';
import { QuotesView } from '../quotes/QuotesView';
import { ReportsView } from '../reports/ReportsView';
import { SearchView } from '../search/SearchView';
import { SourcesView } from '../sources/SourcesView';
import { dismissEditError, dismissNotices, useProjectStore } from '../state/project-store';
import { useUi, type View } from '../state/ui-store';
import { AppHeader } from './AppHeader';
import { ConnectionBanner } from './ConnectionBanner';
import { NavBar } from './NavBar';

const viewComponents: Record<View, () => React.JSX.Element> = {
  sources: SourcesView,
  codebook: CodebookView,
  cases: CasesView,
  analysis: AnalysisView,
  findings: FindingsView,
  reports: ReportsView,
  quotes: QuotesView,
  search: SearchView,
};

/** The open project: header, navigation and the current view. */
export function MainWindow() {
  const { view } = useUi();
  const Current = viewComponents[view];
  return (
    <div className="app-shell">
      <AppHeader />
      <div className="connection-strip">
        <ConnectionBanner />
      </div>
      <div className="app-body">
        <NavBar />
        <main className="app-main" id="main">
          <ProjectBanners />
          <Current />
        </main>
      </div>
    </div>
  );
}

/**
 * Notices from opening the project and the last failed edit (one that failed for want of a
 * connection is told by the connection banner instead).
 */
function ProjectBanners() {
  const { t } = useTranslation();
  const lang = useLang();
  const errorText = useErrorText();
  const { project, editError: lastError } = useProjectStore();
  const editError = lastError?.code === 'connectionLost' ? null : lastError;
  const notices = project?.notices ?? [];
  if (!editError && notices.length === 0) return null;
  return (
    <div className="banners">
      {editError && (
        <Banner tone="error" onDismiss={dismissEditError}>
          <p>
            <strong>{t('header.notSaved')}.</strong> {errorText(editError)}
          </p>
        </Banner>
      )}
      {notices.length > 0 && (
        <Banner tone="info" onDismiss={dismissNotices}>
          {notices.map((notice, i) => (
            <p key={`${notice.key}-${i}`}>{translateNotice(notice, lang)}</p>
          ))}
        </Banner>
      )}
    </div>
  );
}
