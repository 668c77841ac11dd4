import type { Attribute } from '../../../shared/model/attributes';
import type { Indicator } from '../../../shared/model/entities';
import type { Lang } from '../../../shared/i18n';
import { formatDate } from '../../../shared/i18n/format';
import { formatNumber } from '../i18n/format-number';

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
    case 'date':
      return formatDate(attribute.value, lang);
    default:
      return attribute.value;
  }
}

/** An indicator's value with its unit, e.g. "120 företagsbesök". */
export function formatIndicator(indicator: Indicator, lang: Lang): string {
  const value = formatNumber(indicator.value, lang);
  return indicator.unit ? `${value} ${indicator.unit}` : value;
}
