import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../../shared/host-events';
import { useLang } from '../i18n/use-lang';
import { progressFigures } from './progress-figures';

/**
 * How far a running export has come: a determinate bar with "row 12 000 of 50 150 (24 %)" under
 * it once main reports, an indeterminate bar before. Not a live region (the status line above
 * announces start and end), so screen readers are not read every row count.
 */
export function ExportProgress({
  progress,
  labelledBy,
}: {
  progress: ProgressEvent | null;
  /** The id of the visible line that names the task ("Creating the report…"). */
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const textId = useId();
  const figures = progress && progressFigures(progress.done, progress.total, lang);
  return (
    <div className="export-progress">
      {progress ? (
        <progress
          aria-labelledby={labelledBy}
          aria-describedby={textId}
          max={progress.total}
          value={progress.done}
        />
      ) : (
        <progress aria-labelledby={labelledBy} aria-describedby={textId} />
      )}
      <p id={textId} className="export-progress-text">
        {figures
          ? t('reportsView.progressRows', { ...figures })
          : t('reportsView.progressStarting')}
      </p>
    </div>
  );
}
