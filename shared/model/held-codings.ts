import type { Op } from './ops';
import type { ProjectData, ProjectView } from './project-data';

/**
 * Which codings the renderer holds. A large study has tens of thousands of codings: they stay in
 * main, and a view asks for what it shows (a source's codings when it opens, counts, the matrix).
 * What the renderer holds from the start are the codings findings cite, since the evidence chain
 * (a finding's quotes and strength, a question's status) is read in many views at once.
 */

/** The ids of every coding a finding cites. */
export function citedCodingIds(findings: ProjectView['findings']): Set<string> {
  const ids = new Set<string>();
  for (const finding of findings) for (const id of finding.codingIds) ids.add(id);
  return ids;
}

/** The project as it crosses to the renderer: everything but the codings no finding cites. */
export function rendererShare(data: ProjectData): ProjectData {
  const cited = citedCodingIds(data.findings);
  return { ...data, codings: data.codings.filter((coding) => cited.has(coding.id)) };
}

/** Codings that findings put by these ops cite and the state does not hold. */
export function uncachedCitations(
  ops: readonly Op[],
  state: { get(coll: 'codings', id: string): unknown },
): string[] {
  const missing = new Set<string>();
  for (const op of ops) {
    if (op.op !== 'put' || op.coll !== 'findings') continue;
    for (const id of op.value.codingIds) if (!state.get('codings', id)) missing.add(id);
  }
  return [...missing];
}
