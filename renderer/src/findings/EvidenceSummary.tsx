import { useTranslation } from 'react-i18next';
import { EVIDENCE_THRESHOLDS, type FindingEvidence } from '../../../shared/analysis/evidence';
import { StrengthBadge } from '../components/StrengthBadge';
import { useProjectData } from '../state/project-store';

/** What backs a finding, derived from its quotes: strength, counts, supporting and contradicting cases. */
export function EvidenceSummary({ evidence }: { evidence: FindingEvidence }) {
  const { t } = useTranslation();
  const data = useProjectData();
  const nameOf = (id: string) => data.cases.find((c) => c.id === id)?.name ?? id;
  const { strong, moderate } = EVIDENCE_THRESHOLDS;
  return (
    <section className="evidence-box" aria-labelledby="evidence-heading">
      {/* Announced when quotes change: the strength and the counts, nothing more. */}
      <div aria-live="polite" aria-atomic="true">
        <div className="evidence-head">
          <h3 id="evidence-heading" className="panel-label">
            {t('evidence.heading')}
          </h3>
          <StrengthBadge strength={evidence.strength} />
        </div>
        <p className="evidence-counts">
          {t('evidence.counts', {
            quotes: evidence.quotes.length,
            sources: evidence.sources.length,
            cases: evidence.cases.length,
          })}
          {evidence.tenor && <> · {t(`evidence.tenor_${evidence.tenor}`)}</>}
        </p>
      </div>
      <dl className="evidence-cases">
        <div>
          <dt>{t('evidence.supporting')}</dt>
          <dd>
            {evidence.cases.length > 0 ? evidence.cases.map(nameOf).join(', ') : t('common.none')}
          </dd>
        </div>
        <div className={evidence.contradictingCases.length > 0 ? 'is-contradicting' : undefined}>
          <dt>{t('evidence.contradicting')}</dt>
          <dd>
            {evidence.contradictingCases.length > 0 ? (
              <>
                <span aria-hidden="true">⚠ </span>
                {evidence.contradictingCases.map(nameOf).join(', ')}
              </>
            ) : (
              t('evidence.noContradicting')
            )}
          </dd>
        </div>
      </dl>
      <details className="evidence-rules">
        <summary>{t('evidence.howJudged')}</summary>
        <ul>
          <li>
            {t('evidence.ruleStrong', {
              cases: strong.cases,
              sources: strong.sources,
              ratio: strong.supportingPerContradicting,
            })}
          </li>
          <li>{t('evidence.ruleModerate', { cases: moderate.cases })}</li>
          <li>{t('evidence.ruleWeak')}</li>
          <li>{t('evidence.ruleContradicting')}</li>
        </ul>
      </details>
    </section>
  );
}
