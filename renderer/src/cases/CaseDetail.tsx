import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { CaseTypeSchema, type Case, type CaseType } from '../../../shared/model/entities';
import { AttributeList } from '../components/AttributeList';
import { DeleteZone } from '../components/DeleteZone';
import { FactList } from '../components/FactList';
import { DraftTextField } from '../components/DraftTextField';
import { SelectField } from '../components/SelectField';
import { useLang } from '../i18n/use-lang';
import { run, stillExists, useProjectData } from '../state/project-store';
import { textRules, useAutosavedDraft, useHasKeptText } from '../state/use-autosaved-draft';
import { IndicatorForm, indicatorFormKeys } from './IndicatorForm';
import { formatIndicator } from './case-format';

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
  const [adding, setAdding] = useState(false);
  // A form left with typed text shows again, with the text, when the case is opened again.
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

      <AttributeList
        id="case-attributes"
        ownerId={kase.id}
        attributes={kase.attributes}
        empty={t('attributes.noneCase')}
        onSave={async (attributes) =>
          Boolean(await run('cases.update', { id: kase.id, patch: { attributes } }))
        }
      />

      <FactList
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
        form={<IndicatorForm kase={kase} onDone={() => setAdding(false)} />}
        adding={adding || keptIndicator}
        onAdd={() => setAdding(true)}
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
      </FactList>

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
