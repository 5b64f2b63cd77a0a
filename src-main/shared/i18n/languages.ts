/** The languages Twinlens speaks: English first, the fallback of every other. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own name, for the switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español' };

export const isLanguage = (tag: unknown): tag is Language => typeof tag === 'string' && (LANGUAGES as readonly string[]).includes(tag);

/**
 * The first of the user's preferred language tags (`fr-CA`, `es`, ...) that Twinlens speaks,
 * by its primary subtag; English when none is.
 */
export function matchLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
