import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { projectStore, run } from '../state/project-store';
import { placeOf, type ThemeMove } from './theme-moves';

/**
 * Runs theme moves (keyboard, buttons or drop), says where the theme went in an aria-live
 * message, and puts focus back on the moved theme's row once the tree has re-rendered (React
 * moves the row's element, and a moved element loses focus).
 */
export function useThemeMoves(): {
  move: (move: ThemeMove) => Promise<void>;
  announcement: string;
} {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');

  const move = useCallback(
    async (change: ThemeMove) => {
      // Focus follows the theme only if it was on a row (a drag or a button keeps its own).
      const focus = document.activeElement?.hasAttribute('data-theme-row') ?? false;
      if (!(await run('themes.move', change))) return;
      const themes = projectStore.get().project?.data.themes ?? [];
      const place = placeOf(themes, change.id);
      const theme = themes.find((th) => th.id === change.id);
      if (!place || !theme) return;
      const values = { name: theme.name, position: place.position, count: place.count };
      setAnnouncement(
        place.parent
          ? t('codebookTree.movedUnder', { ...values, parent: place.parent.name })
          : t('codebookTree.movedTop', values),
      );
      if (focus) {
        // After the store's change has been drawn.
        requestAnimationFrame(() =>
          document
            .querySelector<HTMLElement>(`[data-theme-row="${CSS.escape(change.id)}"]`)
            ?.focus(),
        );
      }
    },
    [t],
  );

  return { move, announcement };
}
