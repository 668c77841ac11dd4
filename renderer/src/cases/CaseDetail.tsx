import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, CaseType } from '../../../shared/model/entities';
import { DeleteZone } from '../components/DeleteZone';
import { useLang } from '../i18n/use-lang';
import { run, useProjectData } from '../state/project-store';
import { AttributeForm } from './AttributeForm';
import { CaseFields } from './CaseFields';
import { IndicatorForm } from './IndicatorForm';
import { formatAttributeValue, formatIndicator } from './case-format';

/** One case: its name and type, attributes and indicators, and deleting it. */
export function CaseDetail({ kase, onClose }: { kase: Case; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = useProjectData();
  const [name, setName] = useState(kase.name);
  const [type, setType] = useState<CaseType>(kase.type);
  const [adding, setAdding] = useState<'indicator' | 'attribute' | null>(null);
  const changed = name.trim() !== kase.name || type !== kase.type;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (changed && name.trim())
      void run('cases.update', { id: kase.id, patch: { name: name.trim(), type } });
  };
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
      <form className="form" onSubmit={save}>
        <CaseFields name={name} type={type} onName={setName} onType={setType} />
        <div className="button-row">
          <button type="submit" className="button" disabled={!changed || !name.trim()}>
            {t('common.save')}
          </button>
        </div>
      </form>

      <section aria-labelledby="case-attributes">
        <h3 id="case-attributes">{t('cases.attributes')}</h3>
        {kase.attributes.length === 0 && <p className="hint">{t('cases.noAttributes')}</p>}
        <ul className="plain-list item-list">
          {kase.attributes.map((attribute, index) => (
            <li key={`${attribute.key}-${index}`}>
              <span>
                {attribute.key}:{' '}
                <strong>
                  {formatAttributeValue(attribute, lang, [t('common.yes'), t('common.no')])}
                </strong>
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('cases.removeAttribute', { name: attribute.key })}
                onClick={() =>
                  void run('cases.update', {
                    id: kase.id,
                    patch: { attributes: kase.attributes.filter((_, i) => i !== index) },
                  })
                }
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        {adding === 'attribute' ? (
          <AttributeForm kase={kase} onDone={() => setAdding(null)} />
        ) : (
          <button
            type="button"
            className="button button-small"
            onClick={() => setAdding('attribute')}
          >
            {t('cases.addAttribute')}
          </button>
        )}
      </section>

      <section aria-labelledby="case-indicators">
        <h3 id="case-indicators">{t('cases.indicators')}</h3>
        {kase.indicators.length === 0 && <p className="hint">{t('cases.noIndicators')}</p>}
        <ul className="plain-list item-list">
          {kase.indicators.map((indicator) => (
            <li key={indicator.id}>
              <span>
                {indicator.name}: <strong>{formatIndicator(indicator, lang)}</strong>
                {(indicator.source || indicator.date) && (
                  <span className="muted small-text">
                    {' '}
                    ({[indicator.source, indicator.date].filter(Boolean).join(', ')})
                  </span>
                )}
                {indicator.note && <span className="muted small-text block">{indicator.note}</span>}
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('cases.removeIndicator', { name: indicator.name })}
                onClick={() =>
                  void run('cases.update', {
                    id: kase.id,
                    patch: { indicators: kase.indicators.filter((i) => i.id !== indicator.id) },
                  })
                }
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
        {adding === 'indicator' ? (
          <IndicatorForm kase={kase} onDone={() => setAdding(null)} />
        ) : (
          <button
            type="button"
            className="button button-small"
            onClick={() => setAdding('indicator')}
          >
            {t('cases.addIndicator')}
          </button>
        )}
      </section>

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
