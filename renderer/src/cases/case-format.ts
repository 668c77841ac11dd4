import type { Attribute, Indicator } from '../../../shared/model/entities';
import type { Lang } from '../../../shared/i18n';

/** A number as the language writes it (1 200 in Swedish, 1,200 in English). */
export function formatNumber(value: number, lang: Lang): string {
  return value.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');
}

/** An attribute's value as text. */
export function formatAttributeValue(
  attribute: Attribute,
  lang: Lang,
  yesNo: [string, string],
): string {
  switch (attribute.type) {
    case 'number':
      return formatNumber(attribute.value, lang);
    case 'boolean':
      return attribute.value ? yesNo[0] : yesNo[1];
    default:
      return attribute.value;
  }
}

/** An indicator's value with its unit, e.g. "120 företagsbesök". */
export function formatIndicator(indicator: Indicator, lang: Lang): string {
  const value = formatNumber(indicator.value, lang);
  return indicator.unit ? `${value} ${indicator.unit}` : value;
}
