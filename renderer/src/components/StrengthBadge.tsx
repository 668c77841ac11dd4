import { useTranslation } from 'react-i18next';
import { EVIDENCE_STRENGTHS, type EvidenceStrength } from '../../../shared/analysis/evidence';

/**
 * Evidence strength as a word and as filled dots (●●○), never by colour alone; the colour
 * only repeats the word. `short` drops the word "evidence" where a column heading says it.
 */
export function StrengthBadge({
  strength,
  short = false,
}: {
  strength: EvidenceStrength;
  short?: boolean;
}) {
  const { t } = useTranslation();
  const level = EVIDENCE_STRENGTHS.indexOf(strength);
  return (
    <span className={`strength-badge strength-${strength}`}>
      <span className="strength-dots" aria-hidden="true">
        {'●'.repeat(level)}
        {'○'.repeat(EVIDENCE_STRENGTHS.length - 1 - level)}
      </span>
      {short
        ? t(`evidenceStrength.${strength}`)
        : t('evidence.strengthOf', { strength: t(`evidenceStrength.${strength}`) })}
    </span>
  );
}
