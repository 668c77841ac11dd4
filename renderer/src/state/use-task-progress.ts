import { useEffect, useState } from 'react';
import type { ProgressEvent } from '../../../shared/host-events';
import { api } from '../api/api-client';

/**
 * The latest progress main reported for a task, or null before its first report (or without a
 * task). The subscription is made when the view mounts, not when the task starts, so the event
 * stream is already open when the first report goes out.
 */
export function useTaskProgress(taskId: string | null): ProgressEvent | null {
  const [latest, setLatest] = useState<ProgressEvent | null>(null);
  useEffect(
    () =>
      api.onHostEvent((event) => {
        setLatest(event);
      }),
    [],
  );
  return latest && latest.task === taskId ? latest : null;
}
