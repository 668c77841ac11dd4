import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues, isLang, type Lang } from '../../../shared/i18n';

const STORAGE_KEY = 'fynd.language';

/** The language to start in: the saved choice, else Swedish for Swedish systems, else English. */
export function initialLanguage(): Lang {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  if (isLang(saved)) return saved;
  return navigator.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

/** Starts i18next synchronously with both catalogues bundled (no network, no backend). */
export function setupI18n(): typeof i18next {
  const lng = initialLanguage();
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'sv',
    resources: {
      sv: { translation: catalogues.sv },
      en: { translation: catalogues.en },
    },
    // React escapes text itself.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}

/** Switches the interface language and remembers the choice on this machine. */
export function setLanguage(lang: Lang): void {
  safeStorage()?.setItem(STORAGE_KEY, lang);
  void i18next.changeLanguage(lang);
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be disabled; the choice then lasts for this session only.
    return null;
  }
}
