import { useTranslation } from 'react-i18next';
import type { ActionLabel } from '../../../shared/model/ops';
import { actionName } from '../../../shared/i18n';
import { useLang } from '../i18n/use-lang';
import { redo, undo, useProjectStore } from '../state/project-store';
import { modKeyLabel } from './platform';

/** Undo and Redo, each telling in its tooltip what it would do. */
export function HistoryButtons() {
  const { t } = useTranslation();
  const lang = useLang();
  const { history } = useProjectStore();
  const describe = (label: ActionLabel | null, key: 'header.undoAction' | 'header.redoAction') => {
    if (!label) return null;
    const action = actionName(label, lang);
    const described = label.subject
      ? t('header.withSubject', { action, subject: shorten(label.subject) })
      : action;
    return t(key, { action: described });
  };
  const mod = modKeyLabel().aria;
  return (
    <div className="history-buttons">
      <button
        type="button"
        className="button button-quiet"
        disabled={!history.undo}
        title={describe(history.undo, 'header.undoAction') ?? t('header.nothingToUndo')}
        aria-keyshortcuts={`${mod}+Z`}
        onClick={() => void undo()}
      >
        <span aria-hidden="true">↶ </span>
        {t('header.undo')}
      </button>
      <button
        type="button"
        className="button button-quiet"
        disabled={!history.redo}
        title={describe(history.redo, 'header.redoAction') ?? t('header.nothingToRedo')}
        aria-keyshortcuts={`${mod}+Shift+Z`}
        onClick={() => void redo()}
      >
        <span aria-hidden="true">↷ </span>
        {t('header.redo')}
      </button>
    </div>
  );
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
}
