import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import type { Theme } from '../../../shared/model/entities';
import { Dialog } from '../components/Dialog';
import { useDiscardGuard } from '../components/use-discard-guard';
import { FormError } from '../components/FormError';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { siblingNamed } from '../../../shared/model/theme-names';
import { projectStore, run, useProjectData } from '../state/project-store';
import { ColourPicker } from './ColourPicker';
import { nextFreeColour } from '../../../shared/model/theme-palette';
import { themeTree, themeWithDescendants } from '../../../shared/model/theme-tree';
import { themeOptions } from './theme-options';

interface ThemeDialogProps {
  /** The theme to edit, or null to add one. */
  theme: Theme | null;
  /**
   * For a new theme: the parent the user chose ("Add sub-theme"); null puts it at the top level.
   * The dialog shows the choice and lets it be changed.
   */
  parentId: string | null;
  onClose: () => void;
  onSaved: (id: string) => void;
}

/**
 * Adds a theme (name, colour, place in the tree and its coding rules) or changes an existing
 * one's name, colour and place (its rules are written in the codebook's side panel, saved as
 * they are typed). Escape or Cancel with typed text asks first.
 */
export function ThemeDialog({ theme, parentId, onClose, onSaved }: ThemeDialogProps) {
  const { t } = useTranslation();
  const data = useProjectData();
  const [name, setName] = useState(theme?.name ?? '');
  const [colour, setColour] = useState(
    theme?.colour ?? nextFreeColour(data.themes.map((th) => th.colour)),
  );
  const [parent, setParent] = useState(theme ? (theme.parentId ?? '') : (parentId ?? ''));
  // A new theme's coding rules; an existing theme's are edited in the side panel.
  const [definition, setDefinition] = useState('');
  const [inclusion, setInclusion] = useState('');
  const [exclusion, setExclusion] = useState('');
  const [example, setExample] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FyndErrorData | null>(null);

  // A theme cannot move under itself or its own descendants.
  const parentOptions = useMemo(() => {
    const excluded = theme ? themeWithDescendants(data.themes, theme.id) : new Set<string>();
    return [
      { value: '', label: t('codebook.noParent') },
      ...themeOptions(themeTree(data.themes).filter((row) => !excluded.has(row.theme.id))),
    ];
  }, [data.themes, theme, t]);

  // Names are unique among siblings (main refuses the same with themeNameTaken): said at once.
  const taken = name.trim()
    ? siblingNamed(data.themes, parent || null, name, new Set(theme ? [theme.id] : []))
    : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || taken || busy) return;
    setBusy(true);
    const details = { name: name.trim(), colour, parentId: parent || null };
    const mutation = theme
      ? await run('themes.update', { id: theme.id, patch: details })
      : await run('themes.add', { ...details, definition, inclusion, exclusion, example });
    setBusy(false);
    if (!mutation) {
      setError(projectStore.get().editError);
      return;
    }
    onSaved(mutation.id ?? theme?.id ?? '');
    onClose();
  };

  const typed =
    name.trim() !== (theme?.name ?? '') ||
    [definition, inclusion, exclusion, example].some((text) => text.trim() !== '');
  const { requestClose, confirm } = useDiscardGuard(typed, onClose);

  return (
    <Dialog
      title={
        theme
          ? t('codebook.editTitle')
          : parentId
            ? t('themeForm.addSubTitle')
            : t('codebook.addTitle')
      }
      onClose={requestClose}
      wide
    >
      <form className="dialog-body form" onSubmit={(event) => void submit(event)}>
        <FormError error={error} />
        <div className="form-grid">
          <TextField
            label={t('codebook.name')}
            value={name}
            onChange={setName}
            required
            invalid={taken !== undefined}
            note={
              taken && (
                <p className="field-note" role="status">
                  {t('themeForm.nameTaken', { name: taken.name })}
                </p>
              )
            }
          />
          <SelectField
            label={t('codebook.parent')}
            value={parent}
            onChange={setParent}
            options={parentOptions}
            hint={theme ? undefined : t('themeForm.placeHint')}
          />
        </div>
        <ColourPicker value={colour} onChange={setColour} />
        {!theme && (
          <>
            <TextField
              label={t('codebook.definition')}
              value={definition}
              onChange={setDefinition}
              multiline
            />
            <div className="form-grid">
              <TextField
                label={t('codebook.inclusion')}
                value={inclusion}
                onChange={setInclusion}
                multiline
              />
              <TextField
                label={t('codebook.exclusion')}
                value={exclusion}
                onChange={setExclusion}
                multiline
              />
            </div>
            <TextField
              label={t('codebook.example')}
              value={example}
              onChange={setExample}
              multiline
              rows={2}
            />
          </>
        )}
        <FormActions
          submitLabel={theme ? t('common.save') : t('codebook.add')}
          disabled={!name.trim() || taken !== undefined || busy}
          onCancel={requestClose}
        />
      </form>
      {confirm}
    </Dialog>
  );
}
