let issued = 0;

/**
 * A new id for a long call, sent with it so its progress events can be told apart. Unique in
 * this window (a counter), and short and plain enough for TaskIdSchema.
 */
export function newTaskId(kind: string): string {
  issued += 1;
  return `${kind}-${Date.now().toString(36)}-${issued.toString(36)}`;
}
