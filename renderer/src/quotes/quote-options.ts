import type { Quote } from '../../../shared/contract';
import type { Case, Respondent } from '../../../shared/model/entities';

/**
 * The choices of the quote filters, from the project's data, and where a quote comes from.
 * Pure, so it is tested under Node.
 */

/** Respondent roles in use, each once, in alphabetical order. */
export function roleOptions(respondents: readonly Respondent[], locale: string): string[] {
  const roles = new Set(respondents.map((r) => r.role.trim()).filter(Boolean));
  return [...roles].sort((a, b) => a.localeCompare(b, locale));
}

export interface AttributeOption {
  key: string;
  /** As the filter compares it: String(value), so true is "true". */
  value: string;
  type: Case['attributes'][number]['type'];
}

/** Case attribute values in use (key = value), each once, by key then value. */
export function attributeOptions(cases: readonly Case[], locale: string): AttributeOption[] {
  const seen = new Map<string, AttributeOption>();
  for (const c of cases) {
    for (const attribute of c.attributes) {
      const value = String(attribute.value);
      seen.set(`${attribute.key}\u0000${value}`, {
        key: attribute.key,
        value,
        type: attribute.type,
      });
    }
  }
  const collator = new Intl.Collator(locale, { numeric: true });
  return [...seen.values()].sort(
    (a, b) => collator.compare(a.key, b.key) || collator.compare(a.value, b.value),
  );
}

/** An attribute option as one select value (and back). */
export function attributeKey(option: Pick<AttributeOption, 'key' | 'value'>): string {
  return JSON.stringify([option.key, option.value]);
}

/** The attribute a select value stands for, or null for "any". */
export function parseAttributeKey(value: string): { key: string; value: string } | null {
  if (!value) return null;
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string'
    ? { key: parsed[0], value: parsed[1] }
    : null;
}

export interface QuoteGroup {
  sourceId: string;
  quotes: Quote[];
}

/** Quotes in a row from the same source, kept together under that source's heading. */
export function groupBySource(quotes: readonly Quote[]): QuoteGroup[] {
  const groups: QuoteGroup[] = [];
  for (const quote of quotes) {
    const last = groups.at(-1);
    if (last?.sourceId === quote.sourceId) last.quotes.push(quote);
    else groups.push({ sourceId: quote.sourceId, quotes: [quote] });
  }
  return groups;
}
