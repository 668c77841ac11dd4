import { translate, type Lang } from '../../../shared/i18n';
import type { MergePlan } from './merge-plan';

/** The merge report in words: what was added, what was there, each conflict and its rule. */
export function mergeReportLines(plan: MergePlan, name: string, lang: Lang): string[] {
  const added = {
    users: plan.users.length,
    cases: plan.cases.length,
    respondents: plan.respondents.length,
    themes: plan.themes.length,
    sources: plan.sources.length,
    codings: plan.codings.length,
  };
  const anything = Object.values(added).some((n) => n > 0);
  const lines = [translate(lang, 'merge.from', { name })];
  lines.push(
    anything ? translate(lang, 'merge.added', added) : translate(lang, 'merge.nothingNew'),
  );
  lines.push(translate(lang, 'merge.matched', plan.matched));
  for (const conflict of plan.conflicts) {
    lines.push(translate(lang, `merge.conflict_${conflict.kind}`, { ...conflict }));
  }
  if (plan.outsideText > 0) {
    const key = plan.outsideText === 1 ? 'merge.outsideText_one' : 'merge.outsideText_other';
    lines.push(translate(lang, key, { count: plan.outsideText }));
  }
  if (Object.keys(plan.notMerged).length > 0) {
    const counts = {
      findings: 0,
      recommendations: 0,
      questions: 0,
      memos: 0,
      syntheses: 0,
      pseudonyms: 0,
      ...plan.notMerged,
    };
    lines.push(translate(lang, 'merge.notMerged', counts));
  }
  return lines;
}
