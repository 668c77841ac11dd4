import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentEntry } from '../../../shared/contract';
import { forgetRecent, openRecent, useStartState } from '../state/project-lifecycle';

/**
 * The recent projects: a button for each that is still there; one whose folder has gone says so
 * plainly, is no button, and can be taken off the list (the entry only, never a file).
 */
export function RecentList() {
  const { t } = useTranslation();
  const { recent, busy } = useStartState();
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRef<number | null>(null);
  // The removed entry's button leaves with it: focus goes to the entry now in its place.
  useEffect(() => {
    const index = refocus.current;
    if (index === null) return;
    refocus.current = null;
    const items = listRef.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [];
    const next = items[Math.min(index, items.length - 1)]?.querySelector<HTMLElement>('button');
    (next ?? document.getElementById('recent-heading'))?.focus();
  }, [recent]);
  if (recent.length === 0) return <p className="muted">{t('start.noRecent')}</p>;
  const forget = async (dir: string, index: number) => {
    refocus.current = index;
    if (!(await forgetRecent(dir))) refocus.current = null;
  };
  return (
    <ul className="recent-list" ref={listRef}>
      {recent.map((project, index) => (
        <li key={project.dir}>
          {project.status === 'present' ? (
            <button
              type="button"
              className="recent-item"
              disabled={busy}
              onClick={() => void openRecent(project.dir)}
            >
              <span className="recent-name">{project.name}</span>
              <span className="recent-dir">{project.dir}</span>
            </button>
          ) : (
            <MissingEntry project={project} onForget={() => void forget(project.dir, index)} />
          )}
        </li>
      ))}
    </ul>
  );
}

function MissingEntry({ project, onForget }: { project: RecentEntry; onForget: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="recent-missing">
      <div className="recent-text" id={id}>
        <span className="recent-name">{project.name}</span>
        <span className="recent-problem">
          {t(
            `recentList.${project.status === 'projectMissing' ? 'projectMissing' : 'folderMissing'}`,
            {
              dir: project.dir,
            },
          )}
        </span>
      </div>
      <button
        type="button"
        className="button"
        aria-describedby={id}
        title={t('recentList.forgetHint')}
        onClick={onForget}
      >
        {t('recentList.forget')}
      </button>
    </div>
  );
}
