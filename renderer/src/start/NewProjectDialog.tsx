import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Lang } from '../../../shared/i18n';
import { Dialog } from '../components/Dialog';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { useDiscardGuard } from '../components/use-discard-guard';
import { useLang } from '../i18n/use-lang';
import {
  chooseFolder,
  createProject,
  dismissOpenFailure,
  useStartState,
} from '../state/project-lifecycle';
import { FolderField } from './FolderField';
import { OpenFailureBanner } from './OpenFailureBanner';

/** Name, language and folder of a new project. Stays open with the reason if creating fails. */
export function NewProjectDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { busy, host } = useStartState();
  const [name, setName] = useState('');
  const uiLanguage = useLang();
  const [language, setLanguage] = useState<Lang>(uiLanguage);
  const [dir, setDir] = useState('');
  const { requestClose, confirm, sending } = useDiscardGuard(
    name.trim() !== '' || dir.trim() !== '',
    onClose,
  );
  // An old failure from the start screen is not about this form.
  useEffect(() => dismissOpenFailure(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let folder = dir.trim();
    // With a native dialog at hand, an empty folder field means "ask me where".
    if (!folder && host === 'electron') {
      const chosen = await chooseFolder('create');
      if (!chosen || chosen === 'unsupported') return;
      folder = chosen;
      setDir(chosen);
    }
    // This form's own text is what is being sent: switching projects does not ask about it.
    if (await sending(() => createProject({ dir: folder, name: name.trim(), language }))) onClose();
  };
  return (
    <Dialog title={t('projectForm.newTitle')} onClose={requestClose}>
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <OpenFailureBanner />
        <TextField label={t('projectForm.name')} value={name} onChange={setName} required />
        <div className="field">
          <label htmlFor="new-project-language">{t('projectForm.language')}</label>
          <select
            id="new-project-language"
            value={language}
            onChange={(event) => setLanguage(event.target.value as Lang)}
          >
            {languages.map((lang) => (
              <option key={lang} value={lang}>
                {t(`language.${lang}`)}
              </option>
            ))}
          </select>
        </div>
        <FolderField purpose="create" value={dir} onChange={setDir} />
        <FormActions
          submitLabel={t('projectForm.create')}
          disabled={busy || !name.trim() || (!dir.trim() && host !== 'electron')}
          onCancel={requestClose}
        />
      </form>
      {confirm}
    </Dialog>
  );
}
