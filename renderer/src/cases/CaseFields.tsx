import { useTranslation } from 'react-i18next';
import { CaseTypeSchema, type CaseType } from '../../../shared/model/entities';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';

interface CaseFieldsProps {
  name: string;
  type: CaseType;
  onName: (name: string) => void;
  onType: (type: CaseType) => void;
}

/** A case's name and type: when adding one and in its detail panel. */
export function CaseFields({ name, type, onName, onType }: CaseFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('cases.name')} value={name} onChange={onName} required />
      <SelectField
        label={t('cases.type')}
        value={type}
        onChange={(value) => onType(value as CaseType)}
        options={CaseTypeSchema.options.map((k) => ({ value: k, label: t(`caseType.${k}`) }))}
      />
    </>
  );
}
