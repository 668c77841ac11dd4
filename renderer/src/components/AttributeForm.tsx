import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTRIBUTE_TYPES,
  attributeNamed,
  parseAttribute,
  type Attribute,
  type AttributeType,
} from '../../../shared/model/attributes';
import { FormActions } from './FormActions';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { forgetKeptText, useKeptText } from '../state/use-autosaved-draft';

/**
 * Where a new attribute's typed fields are kept (by the id of the case or source it is for), so
 * a view or selection switch does not lose them.
 */
export function attributeFormKeys(ownerId: string): string[] {
  return ['key', 'type', 'value'].map((field) => `newAttribute/${ownerId}/${field}`);
}

interface AttributeFormProps {
  ownerId: string;
  /** The owner's attributes now: a key already among them is refused at once. */
  attributes: readonly Attribute[];
  /** Saves the owner's attributes with the new one; resolves true when it was saved. */
  onAdd: (attribute: Attribute) => Promise<boolean>;
  onDone: () => void;
}

/** Adds a typed attribute (e.g. population, interview round), so owners compare sensibly. */
export function AttributeForm({ ownerId, attributes, onAdd, onDone }: AttributeFormProps) {
  const { t } = useTranslation();
  const keys = attributeFormKeys(ownerId);
  const [key, setKey] = useKeptText(keys[0] ?? '');
  // Kept as '' for the default (text), and a yes/no value as '' for yes: choosing alone is not
  // typed text, so it does not count as unsaved.
  const [keptType, setKeptType] = useKeptText(keys[1] ?? '');
  const [keptValue, setValue] = useKeptText(keys[2] ?? '');
  const type: AttributeType = ATTRIBUTE_TYPES.find((k) => k === keptType) ?? 'text';
  const value = type === 'boolean' ? (keptValue === 'false' ? 'false' : 'true') : keptValue;
  const taken = key.trim() !== '' && attributeNamed(attributes, key) !== undefined;
  const attribute = taken ? null : parseAttribute(key, type, value);
  const close = () => {
    forgetKeptText(keys);
    onDone();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!attribute) return;
    if (await onAdd(attribute)) close();
  };
  const changeType = (next: string) => {
    setKeptType(next === 'text' ? '' : next);
    setValue('');
  };
  const changeValue = (next: string) => setValue(type === 'boolean' && next === 'true' ? '' : next);
  return (
    <form className="form inline-form" onSubmit={(event) => void submit(event)}>
      <div className="form-grid">
        <TextField
          label={t('attributes.key')}
          value={key}
          onChange={setKey}
          required
          invalid={taken}
          note={
            taken && (
              <p className="field-note" role="status">
                {t('attributes.keyTaken', { name: key.trim() })}
              </p>
            )
          }
        />
        <SelectField
          label={t('attributes.type')}
          value={type}
          onChange={changeType}
          options={ATTRIBUTE_TYPES.map((k) => ({ value: k, label: t(`attributeType.${k}`) }))}
        />
      </div>
      {type === 'boolean' ? (
        <SelectField
          label={t('attributes.value')}
          value={value}
          onChange={changeValue}
          options={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
        />
      ) : (
        <TextField
          label={t('attributes.value')}
          value={value}
          onChange={changeValue}
          type={type === 'date' ? 'date' : 'text'}
        />
      )}
      <FormActions
        compact
        submitLabel={t('attributes.add')}
        disabled={!attribute}
        onCancel={close}
      />
    </form>
  );
}
