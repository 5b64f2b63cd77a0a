import { createIntl, createIntlCache } from '@formatjs/intl';
import { CATALOGUES } from './catalogue.js';
import type { MessageKey } from './catalogue-keys.js';
import type { Language } from './languages.js';

/** Values an ICU message takes: numbers for plurals and number arguments, text otherwise. */
export type MessageValues = Record<string, string | number | Date>;

/** The kinds of canonical values with display labels (common.en.ts), e.g. `label('theme', 'Circular economy')`. */
export type LabelKind =
  | 'theme'
  | 'helix'
  | 'region'
  | 'status'
  | 'component'
  | 'actionPlan'
  | 'activity'
  | 'level'
  | 'resultStatus'
  | 'changeType'
  | 'significance'
  | 'substantiation'
  | 'entityKind'
  | 'side';

export interface Translator {
  language: Language;
  /** The message in this language (English where it has none), its ICU arguments filled in. */
  t(key: MessageKey, values?: MessageValues): string;
  /** A canonical data value as a person reads it; the value itself when it has no label (a theme of the user's own). */
  label(kind: LabelKind, value: string): string;
  /** A number in this language's way (1 234,5 in French), with at most `digits` decimals. */
  number(value: number, digits?: number): string;
  /** A share (0.452) as a percentage (45,2 % in French). */
  percent(share: number, digits?: number): string;
  /** An ISO day (2019-04-01) as this language writes a date (01/04/2019 in French). */
  date(iso: string): string;
}

const cache = createIntlCache();
const translators = new Map<Language, Translator>();

/** The translator of a language, made once: formatters are costly to build, cheap to reuse. */
export function translator(language: Language): Translator {
  let made = translators.get(language);
  if (made) return made;
  const english = CATALOGUES.en as Record<string, string>;
  const messages = { ...english, ...(CATALOGUES[language] as Record<string, string>) };
  const intl = createIntl(
    {
      locale: language,
      defaultLocale: 'en',
      messages,
      // A missing key is a test failure (catalogues.test.ts), never a raw key on screen.
      onError: () => undefined,
    },
    cache,
  );
  const numbers = new Map<number, Intl.NumberFormat>();
  const percents = new Map<number, Intl.NumberFormat>();
  const dates = new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  made = {
    language,
    t: (key, values) => {
      if (!(key in messages)) return key;
      return intl.formatMessage({ id: key, defaultMessage: english[key] }, values) as string;
    },
    label: (kind, value) => messages[`${kind}:${value}`] ?? value,
    number: (value, digits = 2) => {
      let format = numbers.get(digits);
      if (!format) numbers.set(digits, (format = new Intl.NumberFormat(language, { maximumFractionDigits: digits })));
      return format.format(value);
    },
    percent: (share, digits = 1) => {
      let format = percents.get(digits);
      if (!format) percents.set(digits, (format = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: digits })));
      return format.format(share);
    },
    date: (iso) => {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
      return day && !Number.isNaN(day.getTime()) ? dates.format(day) : iso;
    },
  };
  translators.set(language, made);
  return made;
}
