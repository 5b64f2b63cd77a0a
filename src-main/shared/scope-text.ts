/** The active scope in words, for the filter bar's summary, report covers and the workbook. */
import { type LabelKind, type ReportKey, type Translator, translator } from './i18n/index.js';
import { localFormats } from './local-format.js';

/** Filters whose values are canonical data values with display labels. */
const KINDS: Record<string, LabelKind> = { component: 'component', theme: 'theme', region: 'region', status: 'status' };

/**
 * `scope` as in the indicators' `scope` key: "theme: Circular economy or Mobility; region: Europe",
 * in a language (English by default): names and values translated, dates the language's way.
 */
export function describeScopeText(scope: Record<string, readonly string[]>, t: Translator = translator('en')): string {
  const f = localFormats(t);
  const parts = Object.entries(scope)
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => {
      const kind = KINDS[key];
      const shown = values.map((v) => (kind ? t.label(kind, v) : key === 'from' || key === 'to' ? f.day(v) : v));
      const name = ['programme', 'component', 'theme', 'region', 'status', 'from', 'to'].includes(key) ? t.t(`scope.${key}` as ReportKey) : key;
      return t.t('scope.part', { name, values: shown.join(t.t('scope.or')) });
    });
  return parts.length === 0 ? t.t('scope.all') : parts.join(t.t('scope.separator'));
}
