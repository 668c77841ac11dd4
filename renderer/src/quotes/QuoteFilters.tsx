import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import type { QuoteFilter } from '../../../shared/analysis/quotes';
import { SourceKindSchema, ValenceSchema } from '../../../shared/model/entities';
import { themeTree } from '../../../shared/model/theme-tree';
import { themeOptions } from '../codebook/theme-options';
import { CoderPick } from '../components/CoderPick';
import { MultiPick } from '../components/MultiPick';
import { SelectField } from '../components/SelectField';
import { useLang } from '../i18n/use-lang';
import { useProjectData } from '../state/project-store';
import { attributeKey, attributeOptions, parseAttributeKey, roleOptions } from './quote-options';

interface QuoteFiltersProps {
  filter: QuoteFilter;
  onChange: (filter: QuoteFilter) => void;
}

/** Which quotes to show: a theme (with or without sub-themes) and the narrowing filters. */
export function QuoteFilters({ filter, onChange }: QuoteFiltersProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const themes = useMemo(() => themeTree(data.themes), [data.themes]);
  const roles = useMemo(() => roleOptions(data.respondents, lang), [data.respondents, lang]);
  const attributes = useMemo(() => attributeOptions(data.cases, lang), [data.cases, lang]);
  const set = (change: Partial<QuoteFilter>) => onChange({ ...filter, ...change });
  const one = (value: string): string[] => (value ? [value] : []);
  const attributeValue = (value: string, type: string) => {
    if (type === 'boolean') return t(value === 'true' ? 'common.yes' : 'common.no');
    return type === 'date' ? formatDate(value, lang) : value;
  };
  const attributeLabel = (key: string, value: string, type: string) =>
    `${key}: ${attributeValue(value, type)}`;

  return (
    <div className="quote-filters" role="search" aria-label={t('quotes.filters')}>
      <div className="quote-theme">
        <SelectField
          label={t('quotes.theme')}
          value={filter.themeIds[0] ?? ''}
          onChange={(value) => set({ themeIds: one(value) })}
          options={[{ value: '', label: t('quotes.anyTheme') }, ...themeOptions(themes)]}
        />
        <label className="check-inline">
          <input
            type="checkbox"
            checked={filter.includeSubthemes}
            onChange={(event) => set({ includeSubthemes: event.target.checked })}
          />
          {t('quotes.includeSubthemes')}
        </label>
      </div>
      <MultiPick
        label={t('quotes.case')}
        anyLabel={t('sourceTable.anyCase')}
        selected={filter.caseIds}
        onChange={(caseIds) => set({ caseIds })}
        options={data.cases.map((c) => ({ value: c.id, label: c.name }))}
      />
      <MultiPick
        label={t('quotes.kind')}
        anyLabel={t('sourceTable.anyKind')}
        selected={filter.kinds}
        onChange={(kinds) => set({ kinds })}
        options={SourceKindSchema.options.map((k) => ({ value: k, label: t(`sourceKind.${k}`) }))}
      />
      <CoderPick selected={filter.coderIds} onChange={(coderIds) => set({ coderIds })} />
      <MultiPick
        label={t('quotes.role')}
        anyLabel={t('quotes.anyRole')}
        selected={filter.roles}
        onChange={(roles) => set({ roles })}
        options={roles.map((role) => ({ value: role, label: role }))}
      />
      <SelectField
        label={t('quotes.attribute')}
        value={filter.attribute ? attributeKey(filter.attribute) : ''}
        onChange={(value) => set({ attribute: parseAttributeKey(value) })}
        options={[
          { value: '', label: t('quotes.anyAttribute') },
          ...attributes.map((a) => ({
            value: attributeKey(a),
            label: attributeLabel(a.key, a.value, a.type),
          })),
        ]}
      />
      <MultiPick
        label={t('quotes.valence')}
        anyLabel={t('quotes.anyValence')}
        selected={filter.valences}
        onChange={(valences) => set({ valences })}
        options={ValenceSchema.options.map((v) => ({ value: v, label: t(`valence.${v}`) }))}
      />
    </div>
  );
}
