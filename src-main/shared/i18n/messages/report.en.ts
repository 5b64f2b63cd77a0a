/** English messages of the reports (ICU MessageFormat): the source every other language translates. */
export const reportEn = {
  'report.language': 'Language of this report',
} as const;
