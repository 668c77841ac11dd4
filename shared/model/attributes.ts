import { z } from 'zod';
import { DateSchema, NameSchema } from './primitives';

/**
 * Typed attributes, the one home of their rules for cases and sources alike: the types, how two
 * keys compare (unique per owner), how typed text becomes a value, and the stable order of keys
 * across owners that the Excel columns and the REFI variables follow.
 */

/** An attribute: typed, so comparisons across cases or sources (e.g. by size) stay meaningful. */
export const AttributeSchema = z.discriminatedUnion('type', [
  z.object({ key: NameSchema, type: z.literal('text'), value: z.string().max(2000) }),
  z.object({ key: NameSchema, type: z.literal('number'), value: z.number().finite() }),
  z.object({ key: NameSchema, type: z.literal('boolean'), value: z.boolean() }),
  z.object({ key: NameSchema, type: z.literal('date'), value: DateSchema }),
]);
export type Attribute = z.infer<typeof AttributeSchema>;
export type AttributeType = Attribute['type'];

export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['text', 'number', 'boolean', 'date'];

/** How many attributes one case or source holds at most. */
export const MAX_ATTRIBUTES = 200;

/** An owner's attributes as stored (projects written before any rule here still parse). */
export const AttributeListSchema = z.array(AttributeSchema).max(MAX_ATTRIBUTES);

/**
 * An owner's attributes as a user or a tool supplies them: the stored rules plus unique keys.
 * Only edits are held to it, so a project saved with a key twice still opens.
 */
export const UniqueAttributeListSchema = AttributeListSchema.refine(
  (attributes) => duplicateAttributeKey(attributes) === null,
  { message: 'each attribute key once per case or source' },
);

/** A key as two keys are compared: NFC, trimmed, case folded ("Omgång" and " omgång " are one). */
export function attributeKeyOf(key: string): string {
  return key.normalize('NFC').trim().toLocaleLowerCase('sv');
}

/** The first key used twice in a list, or null when every key is unique. */
export function duplicateAttributeKey(attributes: readonly Attribute[]): string | null {
  const seen = new Set<string>();
  for (const attribute of attributes) {
    const key = attributeKeyOf(attribute.key);
    if (seen.has(key)) return attribute.key;
    seen.add(key);
  }
  return null;
}

/** The attribute under `key` (compared as keys are), if the owner has one. */
export function attributeNamed(
  attributes: readonly Attribute[] | undefined,
  key: string,
): Attribute | undefined {
  const wanted = attributeKeyOf(key);
  return attributes?.find((a) => attributeKeyOf(a.key) === wanted);
}

/**
 * A typed attribute from typed text, or null while the text does not make one: a number may be
 * written "1 200,5", a date as YYYY-MM-DD, a yes/no as "true"/"false".
 */
export function parseAttribute(key: string, type: AttributeType, raw: string): Attribute | null {
  const name = key.normalize('NFC').trim();
  if (!name) return null;
  switch (type) {
    case 'number': {
      const value = Number(raw.replace(',', '.').replace(/\s/g, ''));
      return raw.trim() && Number.isFinite(value) ? { key: name, type, value } : null;
    }
    case 'boolean':
      return { key: name, type, value: raw === 'true' };
    case 'date':
      return DateSchema.safeParse(raw).success ? { key: name, type, value: raw } : null;
    case 'text':
      return { key: name, type, value: raw.trim() };
  }
}

/**
 * Every key the owners use, once each, in the order first met (owners in their order, each
 * owner's attributes in theirs), with the type of its first value: the columns of a sheet.
 */
export function attributeColumns(
  owners: readonly { attributes?: readonly Attribute[] }[],
): Map<string, AttributeType> {
  const columns = new Map<string, AttributeType>();
  const seen = new Set<string>();
  for (const owner of owners) {
    for (const attribute of owner.attributes ?? []) {
      const key = attributeKeyOf(attribute.key);
      if (seen.has(key)) continue;
      seen.add(key);
      columns.set(attribute.key, attribute.type);
    }
  }
  return columns;
}

/** A value as filters compare it: "12", "true", "2012-03-14", or the text itself. */
export function attributeValueText(attribute: Attribute): string {
  return String(attribute.value);
}
