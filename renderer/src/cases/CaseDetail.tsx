import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { CaseTypeSchema, type Case, type CaseType } from '../../../shared/model/entities';
import { DeleteZone } from '../components/DeleteZone';
import { DraftTextField } from '../components/DraftTextField';
import { SelectField } from '../components/SelectField';
import { useLang } from '../i18n/use-lang';
import { run, stillExists, useProjectData } from '../state/project-store';
import { textRules, useAutosavedDraft, useHasKeptText } from '../state/use-autosaved-draft';
import { AttributeForm, attributeFormKeys } from './AttributeForm';
import { CaseFactList } from './CaseFactList';
import { IndicatorForm, indicatorFormKeys } from './IndicatorForm';
import { formatAttributeValue, formatIndicator } from './case-format';

/**
 * One case: its name (saved as it is typed) and type (saved when chosen), attributes and
 * indicators, and deleting it.
 */
export function CaseDetail({ kase, onClose }: { kase: Case; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const name = useAutosavedDraft(
    `case/${kase.id}/name`,
    kase.name,
    textRules({
      save: (text) => run('cases.update', { id: kase.id, patch: { name: text } }),
      required: true,
      stillThere: () => stillExists('cases', kase.id),
    }),
  );
  const [adding, setAdding] = useState<'indicator' | 'attribute' | null>(null);
  // A form left with typed text shows again, with the text, when the case is opened again.
  const keptAttribute = useHasKeptText(attributeFormKeys(kase.id));
  const keptIndicator = useHasKeptText(indicatorFormKeys(kase.id));
  const sources = data.sources.filter((s) => s.caseId === kase.id).length;
  const respondents = data.respondents.filter((r) => r.caseId === kase.id).length;

  return (
    <div className="case-detail">
      <div className="panel-row">
        <h2>{kase.name}</h2>
        <button type="button" className="button-quiet button-small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <div className="form">
        <DraftTextField
          label={t('cases.name')}
          draft={name}
          required
          hint={t('drafts.savedAsYouType')}
        />
        <SelectField
          label={t('cases.type')}
          value={kase.type}
          onChange={(value) =>
            void run('cases.update', { id: kase.id, patch: { type: value as CaseType } })
          }
          options={CaseTypeSchema.options.map((k) => ({ value: k, label: t(`caseType.${k}`) }))}
        />
      </div>

      <CaseFactList
        id="case-attributes"
        heading={t('cases.attributes')}
        empty={t('cases.noAttributes')}
        items={kase.attributes}
        keyOf={(attribute, index) => `${attribute.key}-${index}`}
        removeLabel={(attribute) => t('cases.removeAttribute', { name: attribute.key })}
        onRemove={(_, index) =>
          void run('cases.update', {
            id: kase.id,
            patch: { attributes: kase.attributes.filter((_, i) => i !== index) },
          })
        }
        addLabel={t('cases.addAttribute')}
        form={<AttributeForm kase={kase} onDone={() => setAdding(null)} />}
        adding={adding === 'attribute' || keptAttribute}
        onAdd={() => setAdding('attribute')}
      >
        {(attribute) => (
          <>
            {attribute.key}:{' '}
            <strong>
              {formatAttributeValue(attribute, lang, [t('common.yes'), t('common.no')])}
            </strong>
          </>
        )}
      </CaseFactList>

      <CaseFactList
        id="case-indicators"
        heading={t('cases.indicators')}
        empty={t('cases.noIndicators')}
        items={kase.indicators}
        keyOf={(indicator) => indicator.id}
        removeLabel={(indicator) => t('cases.removeIndicator', { name: indicator.name })}
        onRemove={(indicator) =>
          void run('cases.update', {
            id: kase.id,
            patch: { indicators: kase.indicators.filter((i) => i.id !== indicator.id) },
          })
        }
        addLabel={t('cases.addIndicator')}
        form={<IndicatorForm kase={kase} onDone={() => setAdding(null)} />}
        adding={adding === 'indicator' || keptIndicator}
        onAdd={() => setAdding('indicator')}
      >
        {(indicator) => (
          <>
            {indicator.name}: <strong>{formatIndicator(indicator, lang)}</strong>
            {(indicator.source || indicator.date) && (
              <span className="muted small-text">
                {' '}
                (
                {[indicator.source, indicator.date && formatDate(indicator.date, lang)]
                  .filter(Boolean)
                  .join(', ')}
                )
              </span>
            )}
            {indicator.note && (
              <span className="muted small-text block typed-text">{indicator.note}</span>
            )}
          </>
        )}
      </CaseFactList>

      <DeleteZone
        label={t('cases.deleteCase')}
        title={t('cases.deleteTitle', { name: kase.name })}
        body={t('cases.deleteBody', { sources, respondents })}
        onDelete={() => {
          void run('cases.delete', { id: kase.id });
          onClose();
        }}
      />
    </div>
  );
}
