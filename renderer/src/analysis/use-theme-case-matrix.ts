import { useState } from 'react';
import {
  MatrixReader,
  type MatrixColumns,
  type MatrixFigures,
} from '../../../shared/analysis/matrix';
import type { FyndErrorData } from '../../../shared/errors';
import { useCodingsEdit, useProjectData } from '../state/project-store';
import { identityOf, useApiQuery } from '../state/use-api-query';

/** A matrix main answered, with the columns mode it was counted for. */
export interface ShownMatrix {
  matrix: MatrixReader;
  mode: MatrixColumns;
}

/**
 * The theme × case matrix, counted by main on every coding (the renderer holds only some). Asked
 * again when codings, themes, sources or cases change; the last answer stays shown (with the
 * mode it was counted for, so its columns keep their names) until the next one arrives.
 */
export function useThemeCaseMatrix(
  mode: MatrixColumns,
  rollUp: boolean,
  coderIds: readonly string[],
): { shown: ShownMatrix | null; loading: boolean; error: FyndErrorData | null } {
  const data = useProjectData();
  const codingsEdit = useCodingsEdit();
  const version = [codingsEdit, ...[data.themes, data.sources, data.cases].map(identityOf)].join(
    '.',
  );
  const query = useApiQuery(
    'analysis.matrix',
    { columns: mode, rollUp, coderIds: [...coderIds] },
    version,
  );
  const answered = query?.status === 'ok' ? query.value : null;
  const [shown, setShown] = useState<(ShownMatrix & { figures: MatrixFigures }) | null>(null);
  // Derived when a new answer arrives (React's way to adjust state to what a render sees).
  if (answered && answered !== shown?.figures)
    setShown({ figures: answered, matrix: new MatrixReader(answered), mode });
  return {
    shown,
    loading: query?.status === 'loading',
    error: query?.status === 'error' ? query.error : null,
  };
}
