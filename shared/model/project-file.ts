import { z } from 'zod';
import { TimestampSchema } from './primitives';
import { ActionLabelSchema, HistoryEntrySchema, OpSchema } from './ops';
import { ProjectDataSchema } from './project-data';

/** The schema version this build writes. Older files are migrated; newer ones refused. */
export const SCHEMA_VERSION = 2;
export const PROJECT_FORMAT = 'fynd-project';

/** Read first, before the full schema, so a foreign or newer file gets a precise message. */
export const ProjectFileHeaderSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  schemaVersion: z.number().int().positive(),
});

/** Undo and redo stacks, kept in the snapshot so undo survives a restart. */
export const HistoryStacksSchema = z.object({
  undo: z.array(HistoryEntrySchema),
  redo: z.array(HistoryEntrySchema),
});
export type HistoryStacks = z.infer<typeof HistoryStacksSchema>;

/** project.json: a snapshot of the project as of journal entry `seq`. */
export const ProjectFileSchema = z.object({
  format: z.literal(PROJECT_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  seq: z.number().int().nonnegative(),
  saved: TimestampSchema,
  data: ProjectDataSchema,
  history: HistoryStacksSchema,
});
export type ProjectFile = z.infer<typeof ProjectFileSchema>;

/** One line of journal.jsonl: an edit, or an undo/redo of one, made after the snapshot. */
export const JournalEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: TimestampSchema,
  /** `system`: an edit Fynd made by itself (the current user joining), never undone. */
  kind: z.enum(['edit', 'undo', 'redo', 'system']),
  label: ActionLabelSchema,
  ops: z.array(OpSchema),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
