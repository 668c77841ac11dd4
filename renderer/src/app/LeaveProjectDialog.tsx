import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { leaveQuestionStore } from '../state/leave-question';
import { useObservable } from '../state/observable';

/**
 * Asked before the project closes (or another opens) while typed text could not be saved: Keep
 * editing comes first and is focused; Escape means keep editing too.
 */
export function LeaveProjectDialog() {
  const { t } = useTranslation();
  const question = useObservable(leaveQuestionStore);
  if (!question) return null;
  const stay = () => question.answer(false);
  return (
    <Dialog title={t(`drafts.leaveTitle_${question.action}`)} onClose={stay}>
      <div className="dialog-body">
        <p>{t('drafts.leaveBody', { count: question.texts })}</p>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={stay}>
            {t('drafts.keepEditing')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => question.answer(true)}
          >
            {t(`drafts.leave_${question.action}`)}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
