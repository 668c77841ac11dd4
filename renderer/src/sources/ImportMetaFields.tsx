import { useTranslation } from 'react-i18next';
import type { SourceImportMeta } from '../../../shared/contract';
import { SourceKindSchema, type SourceKind } from '../../../shared/model/entities';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useProjectData } from '../state/project-store';

export type ImportMeta = Pick<SourceImportMeta, 'kind' | 'caseId' | 'date' | 'interviewer'>;

export const defaultImportMeta: ImportMeta = {
  kind: 'interview',
  caseId: null,
  date: null,
  interviewer: '',
};

/** What every file of one import shares: kind, case, date and interviewer. */
export function ImportMetaFields({
  meta,
  onChange,
}: {
  meta: ImportMeta;
  onChange: (meta: ImportMeta) => void;
}) {
  const { t } = useTranslation();
  const data = useProjectData();
  const set = (change: Partial<ImportMeta>) => onChange({ ...meta, ...change });
  return (
    <fieldset className="import-meta">
      <legend>{t('import.shared')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('sources.kind')}
          value={meta.kind}
          onChange={(value) => set({ kind: value as SourceKind })}
          options={SourceKindSchema.options.map((k) => ({ value: k, label: t(`sourceKind.${k}`) }))}
        />
        <SelectField
          label={t('sources.case')}
          value={meta.caseId ?? ''}
          onChange={(value) => set({ caseId: value || null })}
          options={[
            { value: '', label: t('sources.noCase') },
            ...data.cases.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <TextField
          label={t('sources.date')}
          type="date"
          value={meta.date ?? ''}
          onChange={(value) => set({ date: value || null })}
        />
        <TextField
          label={t('addSource.interviewer')}
          value={meta.interviewer}
          onChange={(value) => set({ interviewer: value })}
          maxLength={300}
        />
      </div>
    </fieldset>
  );
}
