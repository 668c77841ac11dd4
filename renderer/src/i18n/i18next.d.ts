import 'i18next';
import type { sv } from '../../../shared/i18n/sv';

// Typed keys: t('nav.sources') is checked against the Swedish catalogue at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}
