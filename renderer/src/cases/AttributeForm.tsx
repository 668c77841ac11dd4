import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attribute, Case } from '../../../shared/model/entities';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { run } from '../state/project-store';
import { forgetKeptText, useKeptText } from '../state/use-autosaved-draft';

type AttributeType = Attribute['type'];
const types: readonly AttributeType[] = ['text', 'number', 'boolean', 'date'];

/** The typed attribute from the form fields, or null while they do not make one. */
function toAttribute(key: string, type: AttributeType, raw: string): Attribute | null {
  const name = key.trim();
  if (!name) return null;
  switch (type) {
    case 'number': {
      const value = Number(raw.replace(',', '.').replace(/\s/g, ''));
      return raw.trim() && Number.isFinite(value) ? { key: name, type, value } : null;
    }
    case 'boolean':
      return { key: name, type, value: raw === 'true' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? { key: name, type, value: raw } : null;
    default:
      return { key: name, type: 'text', value: raw.trim() };
  }
}

/** Where a new attribute's typed fields are kept, so a view or case switch does not lose them. */
export function attributeFormKeys(caseId: string): string[] {
  return ['key', 'type', 'value'].map((field) => `newAttribute/${caseId}/${field}`);
}

/** Adds an attribute to a case (e.g. population, region), typed so cases compare sensibly. */
export function AttributeForm({ kase, onDone }: { kase: Case; onDone: () => void }) {
  const { t } = useTranslation();
  const keys = attributeFormKeys(kase.id);
  const [key, setKey] = useKeptText(keys[0] ?? '');
  // Kept as '' for the default (text), and a yes/no value as '' for yes: choosing alone is not
  // typed text, so it does not count as unsaved.
  const [keptType, setKeptType] = useKeptText(keys[1] ?? '');
  const [keptValue, setValue] = useKeptText(keys[2] ?? '');
  const type: AttributeType = types.find((k) => k === keptType) ?? 'text';
  const value = type === 'boolean' ? (keptValue === 'false' ? 'false' : 'true') : keptValue;
  const attribute = toAttribute(key, type, value);
  const close = () => {
    forgetKeptText(keys);
    onDone();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!attribute) return;
    const done = await run('cases.update', {
      id: kase.id,
      patch: { attributes: [...kase.attributes, attribute] },
    });
    if (done) close();
  };
  const changeType = (next: string) => {
    setKeptType(next === 'text' ? '' : next);
    setValue('');
  };
  const changeValue = (next: string) => setValue(type === 'boolean' && next === 'true' ? '' : next);
  return (
    <form className="form inline-form" onSubmit={(event) => void submit(event)}>
      <div className="form-grid">
        <TextField label={t('cases.key')} value={key} onChange={setKey} required />
        <SelectField
          label={t('cases.attributeType')}
          value={type}
          onChange={changeType}
          options={types.map((k) => ({ value: k, label: t(`attributeType.${k}`) }))}
        />
      </div>
      {type === 'boolean' ? (
        <SelectField
          label={t('cases.value')}
          value={value}
          onChange={changeValue}
          options={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
        />
      ) : (
        <TextField
          label={t('cases.value')}
          value={value}
          onChange={changeValue}
          type={type === 'date' ? 'date' : 'text'}
        />
      )}
      <FormActions
        compact
        submitLabel={t('cases.addAttribute')}
        disabled={!attribute}
        onCancel={close}
      />
    </form>
  );
}
