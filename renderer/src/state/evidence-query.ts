import { useMemo } from 'react';
import type { FindingEvidence, QuestionStatus } from '../../../shared/analysis/evidence';
import type { Coding, Finding, Question } from '../../../shared/model/entities';
import { useCodingsEdit, useProjectData } from './project-store';
import { identityOf, useApiQuery } from './use-api-query';

/** Evidence and question status as the views read them; null until main has answered. */
export interface EvidenceView {
  finding(finding: Finding): FindingEvidence | null;
  question(question: Question): QuestionStatus | null;
}

/**
 * Every finding's evidence and every question's status, judged in main (`analysis.evidence`:
 * contradiction counts every coding on a finding's themes, and the renderer holds only the cited
 * ones). Asked again when codings, findings, themes, sources, cases or questions change; the
 * last answer stays meanwhile.
 */
export function useEvidence(): EvidenceView {
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const parts: readonly object[] = [
    data.findings,
    data.themes,
    data.sources,
    data.cases,
    data.questions,
  ];
  const version = [codingsEdit, ...parts.map(identityOf)].join('-');
  const answer = useApiQuery('analysis.evidence', {}, version)?.value;
  return useMemo(() => {
    const codingById = new Map<string, Coding>(data.codings.map((c) => [c.id, c]));
    const findingById = new Map(data.findings.map((f) => [f.id, f]));
    const finding = (f: Finding): FindingEvidence | null => {
      const wire = answer?.findings[f.id];
      if (!wire) return null;
      const { quoteIds, ...rest } = wire;
      const quotes = quoteIds.map((id) => codingById.get(id)).filter((c) => c !== undefined);
      return { quotes, ...rest };
    };
    const question = (q: Question): QuestionStatus | null => {
      const wire = answer?.questions[q.id];
      if (!wire) return null;
      const findings = wire.findingIds
        .map((id) => findingById.get(id))
        .filter((f) => f !== undefined);
      const evidence = new Map<string, FindingEvidence>();
      for (const f of findings) {
        const e = finding(f);
        if (e) evidence.set(f.id, e);
      }
      return { ...wire, findings, evidence };
    };
    return { finding, question };
  }, [answer, data.codings, data.findings]);
}
