import { z } from 'zod';

/**
 * Events main sends to the renderer unasked (over IPC in Electron, a stream on the devhost).
 * This schema is the only shape that crosses: main builds events of this type, the renderer
 * parses each one with it and drops what does not parse.
 */

/** A task id the renderer chose for a call, so it can tell that call's events from others. */
export const TaskIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.:-]+$/);

/** How far a long task has come, in its own units (rows of a report). */
export const ProgressEventSchema = z
  .strictObject({
    type: z.literal('progress'),
    task: TaskIdSchema,
    done: z.int().min(0),
    total: z.int().min(0),
  })
  .refine((event) => event.done <= event.total, { message: 'done exceeds total' });
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

export const HostEventSchema = z.discriminatedUnion('type', [ProgressEventSchema]);
export type HostEvent = z.infer<typeof HostEventSchema>;
