import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../../src-main/shared/i18n/index.js';
import { useLanguage, useT } from '../i18n/language.js';

/** The header's language choice: a native select, so keyboard and screen readers work as everywhere. */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const t = useT();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t.t('language.switch')}</span>
      <select
        value={language}
        data-testid="language"
        aria-label={t.t('language.switch')}
        onChange={(e) => {
          if (isLanguage(e.target.value)) setLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
