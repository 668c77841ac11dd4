import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SourceKindSchema, type Source, type SourceKind } from '../../../shared/model/entities';
import { CaseSelectField } from '../cases/CaseSelectField';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';

/** What a source says about where it came from, besides its title and respondents. */
export type SourceMeta = Pick<Source, 'kind' | 'caseId' | 'date' | 'interviewer'>;

export const defaultSourceMeta: SourceMeta = {
  kind: 'interview',
  caseId: null,
  date: null,
  interviewer: '',
};

/**
 * A source's kind, case, date and interviewer in a grid: for a pasted source, an edited one,
 * and all files of one import. `children` (the respondent fields) follow the case.
 */
export function SourceMetaFields({
  meta,
  onChange,
  children,
}: {
  meta: SourceMeta;
  onChange: (meta: SourceMeta) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const set = (change: Partial<SourceMeta>) => onChange({ ...meta, ...change });
  return (
    <div className="form-grid">
      <SelectField
        label={t('sources.kind')}
        value={meta.kind}
        onChange={(value) => set({ kind: value as SourceKind })}
        options={SourceKindSchema.options.map((k) => ({ value: k, label: t(`sourceKind.${k}`) }))}
      />
      <CaseSelectField
        label={t('sources.case')}
        value={meta.caseId}
        onChange={(caseId) => set({ caseId })}
      />
      {children}
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
  );
}
