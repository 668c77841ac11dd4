import { z } from 'zod';
import { ErrorParamsSchema } from './errors';

/**
 * Something the user should know about how a project opened (a damaged journal line, a missing
 * source text): a translation key under `notice.` and the values its message names.
 */
export const NoticeSchema = z.object({
  key: z.string().max(100),
  params: ErrorParamsSchema.optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

/** Builds a notice. */
export function notice(key: string, params?: z.infer<typeof ErrorParamsSchema>): Notice {
  return params ? { key, params } : { key };
}
