import { useTranslation } from 'react-i18next';
import { SourceKindSchema, type SourceKind } from '../../../shared/model/entities';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useProjectData } from '../state/project-store';
import { formatAttributeValue } from '../cases/case-format';
import { localeOf } from '../i18n/format-number';
import { useLang } from '../i18n/use-lang';
import {
  attributeChoices,
  emptyFilter,
  isFiltered,
  NO_CASE,
  type SourceFilter,
} from './source-table';

interface SourceFiltersProps {
  filter: SourceFilter;
  onChange: (filter: SourceFilter) => void;
  shown: number;
  total: number;
}

/**
 * Narrows the sources list by case, kind, a date range and (once a source has attributes) an
 * attribute's value, and says how many are shown.
 */
export function SourceFilters({ filter, onChange, shown, total }: SourceFiltersProps) {
  const { t } = useTranslation();
  const data = useProjectData();
  const lang = useLang();
  const yesNo: [string, string] = [t('common.yes'), t('common.no')];
  const attributes = attributeChoices(
    data.sources,
    (a) => formatAttributeValue(a, lang, yesNo),
    localeOf(lang),
  );
  const set = (change: Partial<SourceFilter>) => onChange({ ...filter, ...change });
  return (
    <div className="filter-bar" role="search" aria-label={t('sourceTable.filters')}>
      <SelectField
        label={t('sourceTable.filterCase')}
        value={filter.caseId}
        onChange={(caseId) => set({ caseId })}
        options={[
          { value: '', label: t('sourceTable.anyCase') },
          ...data.cases.map((c) => ({ value: c.id, label: c.name })),
          { value: NO_CASE, label: t('sources.noCase') },
        ]}
      />
      <SelectField
        label={t('sourceTable.filterKind')}
        value={filter.kind}
        onChange={(kind) => set({ kind: kind as SourceKind | '' })}
        options={[
          { value: '', label: t('sourceTable.anyKind') },
          ...SourceKindSchema.options.map((k) => ({ value: k, label: t(`sourceKind.${k}`) })),
        ]}
      />
      <TextField
        label={t('sourceTable.from')}
        type="date"
        value={filter.from}
        onChange={(from) => set({ from })}
      />
      <TextField
        label={t('sourceTable.to')}
        type="date"
        value={filter.to}
        onChange={(to) => set({ to })}
      />
      {attributes.length > 0 && (
        <SelectField
          label={t('sourceTable.filterAttribute')}
          value={filter.attribute}
          onChange={(attribute) => set({ attribute })}
          options={[{ value: '', label: t('sourceTable.anyAttribute') }, ...attributes]}
        />
      )}
      <div className="filter-end">
        <p className="filter-count" role="status">
          {isFiltered(filter)
            ? t('sourceTable.shown', { shown, total })
            : t('sourceTable.all', { count: total })}
        </p>
        {isFiltered(filter) && (
          <button
            type="button"
            className="button-quiet button-small"
            onClick={() => onChange(emptyFilter)}
          >
            {t('sourceTable.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
