import { useEffect, useState } from 'react';
import type { TextUnit } from '../../../shared/analysis/text-units';
import type { OpOutput, SearchHit } from '../../../shared/contract';
import type { FyndErrorData } from '../../../shared/errors';
import { api, errorDataOf } from '../api/api-client';

export type CodingPlanState =
  | { phase: 'loading' }
  | { phase: 'ready'; plan: OpOutput<'search.codingPlan'> }
  | { phase: 'failed'; error: FyndErrorData };

/**
 * The codings the hits make at a unit, asked of main (which has the texts) whenever the unit
 * changes; an answer for a unit no longer chosen is dropped.
 */
export function useCodingPlan(hits: readonly SearchHit[], unit: TextUnit): CodingPlanState {
  // The last answer and what it answers: one for other hits or another unit means "loading".
  const [answer, setAnswer] = useState<{
    hits: readonly SearchHit[];
    unit: TextUnit;
    state: CodingPlanState;
  } | null>(null);
  useEffect(() => {
    let current = true;
    const places = hits.map(({ sourceId, start, end }) => ({ sourceId, start, end }));
    const settle = (state: CodingPlanState) => current && setAnswer({ hits, unit, state });
    api.call('search.codingPlan', { unit, hits: places }).then(
      (plan) => settle({ phase: 'ready', plan }),
      (error: unknown) => settle({ phase: 'failed', error: errorDataOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [hits, unit]);
  return answer && answer.hits === hits && answer.unit === unit
    ? answer.state
    : { phase: 'loading' };
}
