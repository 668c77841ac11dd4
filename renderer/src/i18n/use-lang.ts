import { useTranslation } from 'react-i18next';
import type { FyndErrorData } from '../../../shared/errors';
import { isLang, translateError, type Lang } from '../../../shared/i18n';

/** The active interface language, re-rendering when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : 'sv';
}

/** A translator for API errors in the active language. */
export function useErrorText(): (error: FyndErrorData) => string {
  const lang = useLang();
  return (error) => translateError(error, lang);
}
