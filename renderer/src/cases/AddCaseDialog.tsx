import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import type { CaseType } from '../../../shared/model/entities';
import { Dialog } from '../components/Dialog';
import { FormError } from '../components/FormError';
import { FormActions } from '../components/FormActions';
import { useDiscardGuard } from '../components/use-discard-guard';
import { projectStore, run } from '../state/project-store';
import { CaseFields } from './CaseFields';

/** Adds a case by name and type; indicators and attributes follow in its detail panel. */
export function AddCaseDialog({
  onClose,
  onAdded,
}: {
  onClose: () => void;
  onAdded: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [type, setType] = useState<CaseType>('municipality');
  const [error, setError] = useState<FyndErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const { requestClose, confirm } = useDiscardGuard(name.trim() !== '', onClose);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || busy) return;
    setBusy(true);
    const mutation = await run('cases.add', { name: name.trim(), type });
    setBusy(false);
    if (!mutation?.id) {
      setError(projectStore.get().editError);
      return;
    }
    onAdded(mutation.id);
    onClose();
  };
  return (
    <Dialog title={t('cases.addTitle')} onClose={requestClose}>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <FormError error={error} />
        <CaseFields name={name} type={type} onName={setName} onType={setType} />
        <FormActions
          submitLabel={t('cases.add')}
          disabled={!name.trim() || busy}
          onCancel={requestClose}
        />
      </form>
      {confirm}
    </Dialog>
  );
}
