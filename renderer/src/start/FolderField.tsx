import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseFolder, useStartState } from '../state/project-lifecycle';

interface FolderFieldProps {
  purpose: 'open' | 'create';
  value: string;
  onChange: (value: string) => void;
  /** Another label and hint than a project folder's (the copy to merge, say). */
  label?: string;
  hint?: string;
}

/**
 * The project folder: a labelled path field, with the native folder dialog beside it where
 * there is one (Electron). The browser fallback has no dialog, so the path is typed.
 */
export function FolderField({ purpose, value, onChange, label, hint }: FolderFieldProps) {
  const { t } = useTranslation();
  const { host } = useStartState();
  const id = useId();
  const browse = async () => {
    const folder = await chooseFolder(purpose);
    if (typeof folder === 'string' && folder !== 'unsupported') onChange(folder);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('projectForm.folder')}</label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          // Electron can ask with its own dialog when the field is left empty.
          required={host !== 'electron'}
          spellCheck={false}
          autoComplete="off"
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
        />
        {host === 'electron' && (
          <button type="button" className="button" onClick={() => void browse()}>
            {t('projectForm.browse')}
          </button>
        )}
      </div>
      <p className="hint" id={`${id}-hint`}>
        {hint ??
          (purpose === 'create'
            ? t('projectForm.folderHintCreate')
            : t('projectForm.folderHintOpen'))}
      </p>
    </div>
  );
}
