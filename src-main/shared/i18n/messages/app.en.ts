/** English messages of the app (ICU MessageFormat): the source every other language translates. */
export const appEn = {
  'language.switch': 'Language',
} as const;
