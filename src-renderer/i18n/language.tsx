import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Language, type Translator, isLanguage, matchLanguage, pseudoTranslator, translator } from '../../src-main/shared/i18n/index.js';

/** Where the chosen language is remembered: localStorage lives in the renderer's origin in both hosts. */
const STORAGE_KEY = 'twinlens.language';

/**
 * Set to "1" (by hand, or by the layout test) to see the app in the pseudo-locale: accented
 * and 35% longer, so that clipped labels and text outside the catalogue show (pseudo.ts).
 */
const PSEUDO_KEY = 'twinlens.pseudo';

function pseudoWanted(): boolean {
  try {
    return window.localStorage.getItem(PSEUDO_KEY) === '1';
  } catch {
    return false;
  }
}

/** The remembered choice, else the system's languages (Electron reflects its app locale in navigator), else English. */
export function startingLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage refused (a locked-down profile): the system language still applies.
  }
  const tags = navigator.languages?.length ? navigator.languages : [navigator.language];
  return matchLanguage(tags);
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translator;
}

const LanguageContext = createContext<LanguageState>({ language: 'en', setLanguage: () => undefined, t: translator('en') });

export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? startingLanguage());
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, still switched.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const pseudo = useMemo(pseudoWanted, []);
  const value = useMemo(() => ({ language, setLanguage, t: pseudo ? pseudoTranslator(translator(language)) : translator(language) }), [language, setLanguage, pseudo]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The translator of the app's current language: `t.t(key)`, `t.label(kind, value)`, `t.number`, `t.percent`, `t.date`. */
export function useT(): Translator {
  return useContext(LanguageContext).t;
}

export function useLanguage(): Pick<LanguageState, 'language' | 'setLanguage'> {
  const { language, setLanguage } = useContext(LanguageContext);
  return { language, setLanguage };
}
