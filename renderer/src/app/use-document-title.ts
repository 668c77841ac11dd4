import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../state/project-store';

/** Keeps the window title as "<project> – Fynd" (what the task switcher shows). */
export function useDocumentTitle(): void {
  const { t } = useTranslation();
  const { project } = useProjectStore();
  const name = project?.data.project.name;
  useEffect(() => {
    document.title = name ? `${name} – ${t('app.name')}` : t('app.name');
  }, [name, t]);
}
