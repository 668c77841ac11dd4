import { useTranslation } from 'react-i18next';
import { languages } from '../../../shared/i18n';
import { setLanguage } from '../i18n/setup-i18n';
import { useLang } from '../i18n/use-lang';

/** Svenska / English, as a pair of toggle buttons; the choice is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLang();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === current}
          onClick={() => setLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
