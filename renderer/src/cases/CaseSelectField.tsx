import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/SelectField';
import { useProjectData } from '../state/project-store';

/** Which case something belongs to, or none. */
export function CaseSelectField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | null;
  onChange: (caseId: string | null) => void;
}) {
  const { t } = useTranslation();
  const data = useProjectData();
  return (
    <SelectField
      label={label}
      value={value ?? ''}
      onChange={(id) => onChange(id || null)}
      options={[
        { value: '', label: t('sources.noCase') },
        ...data.cases.map((c) => ({ value: c.id, label: c.name })),
      ]}
    />
  );
}
