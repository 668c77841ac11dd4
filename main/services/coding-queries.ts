import type { OpInput, OpOutput } from '../../shared/contract';
import { findingEvidence, questionStatus } from '../../shared/analysis/evidence';
import { carriesValence } from '../../shared/refi-interchange';
import type { ProjectStore } from './store/project-store';

/**
 * The codings a renderer view asks for (it holds only those findings cite: see
 * shared/model/held-codings.ts). Read from the live list at once, so each answer is the state
 * of one moment, tagged with the edit it follows.
 */

/** Every coding of the given sources. */
export function codingsOfSources(
  store: ProjectStore,
  { sourceIds }: OpInput<'codings.ofSources'>,
): OpOutput<'codings.ofSources'> {
  const wanted = new Set(sourceIds);
  const codings = store.state.list('codings').filter((c) => wanted.has(c.sourceId));
  return { seq: store.seq, codings };
}

/** The codings with these ids that exist. */
export function codingsByIds(
  store: ProjectStore,
  { ids }: OpInput<'codings.byIds'>,
): OpOutput<'codings.byIds'> {
  const codings = [];
  for (const id of new Set(ids)) {
    const coding = store.state.get('codings', id);
    if (coding) codings.push(coding);
  }
  return { seq: store.seq, codings };
}

/** How many codings there are, per source, and who coded (most codings first). */
export function codingSummary(store: ProjectStore): OpOutput<'codings.summary'> {
  const bySource: Record<string, number> = {};
  const byCoder = new Map<string, number>();
  const codings = store.state.list('codings');
  let valenced = 0;
  for (const coding of codings) {
    if (carriesValence(coding)) valenced++;
    bySource[coding.sourceId] = (bySource[coding.sourceId] ?? 0) + 1;
    byCoder.set(coding.coderId, (byCoder.get(coding.coderId) ?? 0) + 1);
  }
  const coderIds = [...byCoder].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { seq: store.seq, total: codings.length, valenced, bySource, coderIds };
}

/** Every finding's evidence and every question's status, on all codings. */
export function evidenceOf(store: ProjectStore): OpOutput<'analysis.evidence'> {
  const data = store.data();
  const findings: OpOutput<'analysis.evidence'>['findings'] = {};
  for (const finding of data.findings) {
    const { quotes, ...rest } = findingEvidence(data, finding);
    findings[finding.id] = { quoteIds: quotes.map((q) => q.id), ...rest };
  }
  const questions: OpOutput<'analysis.evidence'>['questions'] = {};
  for (const question of data.questions) {
    const status = questionStatus(data, question);
    questions[question.id] = {
      findingIds: status.findings.map((f) => f.id),
      strength: status.strength,
      indicatorsWithValues: status.indicatorsWithValues,
      gaps: status.gaps,
    };
  }
  return { seq: store.seq, findings, questions };
}
