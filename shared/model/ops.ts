import { z } from 'zod';
import { ProjectMetaSchema } from './entities';
import {
  collectionNames,
  collectionSchemas,
  type CollectionName,
  type EntityOf,
} from './project-data';

/**
 * The primitive edits every user action is made of. A user action is a list of ops; its inverse
 * is computed while applying, which is what makes every edit undoable and replayable.
 */
const putOpSchemas = collectionNames.map((coll) =>
  z.object({
    op: z.literal('put'),
    coll: z.literal(coll),
    value: collectionSchemas[coll],
    /** Where to insert a new entity (undo of a delete puts it back where it was). */
    at: z.number().int().nonnegative().optional(),
  }),
);

const DeleteOpSchema = z.object({
  op: z.literal('del'),
  coll: z.enum(collectionNames as [CollectionName, ...CollectionName[]]),
  id: z.string(),
});

const MetaOpSchema = z.object({ op: z.literal('meta'), value: ProjectMetaSchema });

export const OpSchema = z.union([...putOpSchemas, DeleteOpSchema, MetaOpSchema] as unknown as [
  z.ZodType<PutOp>,
  z.ZodType<DeleteOp>,
  z.ZodType<MetaOp>,
]);

export type PutOp = {
  [C in CollectionName]: { op: 'put'; coll: C; value: EntityOf<C>; at?: number };
}[CollectionName];
export type DeleteOp = z.infer<typeof DeleteOpSchema>;
export type MetaOp = z.infer<typeof MetaOpSchema>;
export type Op = PutOp | DeleteOp | MetaOp;

/** Builds a typed put op. */
export function put<C extends CollectionName>(coll: C, value: EntityOf<C>): Op {
  return { op: 'put', coll, value } as Op;
}

/** Builds a delete op. */
export function del(coll: CollectionName, id: string): Op {
  return { op: 'del', coll, id };
}

/** What an undoable user action is called in menus and messages: an i18n key and a subject. */
export const ActionLabelSchema = z.object({
  action: z.string().max(100),
  subject: z.string().max(300).optional(),
});
export type ActionLabel = z.infer<typeof ActionLabelSchema>;

/** One undoable step: the ops applied and the ops that revert them. */
export const HistoryEntrySchema = z.object({
  label: ActionLabelSchema,
  ops: z.array(OpSchema),
  inverse: z.array(OpSchema),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
