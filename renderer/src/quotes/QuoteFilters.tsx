import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteFilter } from '../../../shared/analysis/quotes';
import {
  SourceKindSchema,
  ValenceSchema,
  type SourceKind,
  type Valence,
} from '../../../shared/model/entities';
import { flattenThemes, themeOptions } from '../codebook/theme-tree';
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
  const themes = useMemo(() => flattenThemes(data.themes), [data.themes]);
  const roles = useMemo(() => roleOptions(data.respondents, lang), [data.respondents, lang]);
  const attributes = useMemo(() => attributeOptions(data.cases, lang), [data.cases, lang]);
  const set = (change: Partial<QuoteFilter>) => onChange({ ...filter, ...change });
  const one = <T extends string>(value: string): T[] => (value ? [value as T] : []);
  const attributeLabel = (key: string, value: string, type: string) =>
    `${key}: ${type === 'boolean' ? t(value === 'true' ? 'common.yes' : 'common.no') : value}`;

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
      <SelectField
        label={t('quotes.case')}
        value={filter.caseIds[0] ?? ''}
        onChange={(value) => set({ caseIds: one(value) })}
        options={[
          { value: '', label: t('sourceTable.anyCase') },
          ...data.cases.map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <SelectField
        label={t('quotes.kind')}
        value={filter.kinds[0] ?? ''}
        onChange={(value) => set({ kinds: one<SourceKind>(value) })}
        options={[
          { value: '', label: t('sourceTable.anyKind') },
          ...SourceKindSchema.options.map((k) => ({ value: k, label: t(`sourceKind.${k}`) })),
        ]}
      />
      <SelectField
        label={t('quotes.role')}
        value={filter.roles[0] ?? ''}
        onChange={(value) => set({ roles: one(value) })}
        options={[
          { value: '', label: t('quotes.anyRole') },
          ...roles.map((role) => ({ value: role, label: role })),
        ]}
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
      <SelectField
        label={t('quotes.valence')}
        value={filter.valences[0] ?? ''}
        onChange={(value) => set({ valences: one<Valence>(value) })}
        options={[
          { value: '', label: t('quotes.anyValence') },
          ...ValenceSchema.options.map((v) => ({ value: v, label: t(`valence.${v}`) })),
        ]}
      />
    </div>
  );
}
