/**
 * Named moments between the writes of the store, where the fault suite makes the disk slow,
 * makes a write fail or kills the process. In the product no hook is set and each is a no-op.
 */
export type FaultPoint =
  | 'journal.beforeSync'
  | 'restore.afterAside'
  | 'restore.afterWrite'
  | 'inspect.afterSnapshot'
  | 'upgrade.afterAside'
  | 'upgrade.afterSnapshot';

type FaultHook = (point: FaultPoint) => void | Promise<void>;

let hook: FaultHook | null = null;

/** Installs (or, with null, removes) the fault suite's hook. Tests only. */
export function setFaultHook(next: FaultHook | null): void {
  hook = next;
}

/** Gives the fault suite its chance at this moment. */
export async function faultPoint(point: FaultPoint): Promise<void> {
  if (hook) await hook(point);
}
