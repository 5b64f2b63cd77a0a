/**
 * The message catalogues (src-main/shared/i18n): every language holds every key English
 * has and no other, every message parses as ICU MessageFormat, and a translation takes the
 * same arguments (with the same plural and select cases) as its English source, so a
 * value never goes missing from a sentence in one language.
 */
import { type MessageFormatElement, TYPE, parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { CATALOGUES, LANGUAGES, translator } from '../../src-main/shared/i18n/index.js';
import { appEn } from '../../src-main/shared/i18n/messages/app.en.js';
import { cliEn } from '../../src-main/shared/i18n/messages/cli.en.js';
import { commonEn } from '../../src-main/shared/i18n/messages/common.en.js';
import { issuesEn } from '../../src-main/shared/i18n/messages/issues.en.js';
import { reportEn } from '../../src-main/shared/i18n/messages/report.en.js';

/** The arguments of a message, with their kind and, for plural and select, their cases. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument) into.add(`${e.value}`);
    else if (e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.add(`${e.value}:${TYPE[e.type]}`);
    else if (e.type === TYPE.plural || e.type === TYPE.select) {
      into.add(`${e.value}:${TYPE[e.type]}`);
      for (const [, option] of Object.entries(e.options)) argumentsOf(option.value, into);
    } else if (e.type === TYPE.tag) argumentsOf(e.children, into);
  }
  return into;
}

const english = CATALOGUES.en as Record<string, string>;

describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s', (language) => {
  const catalogue = CATALOGUES[language] as Record<string, string>;

  test('holds a translation of every English message', () => {
    expect(Object.keys(english).filter((k) => !(k in catalogue))).toEqual([]);
  });

  test('holds no message English does not have', () => {
    expect(Object.keys(catalogue).filter((k) => !(k in english))).toEqual([]);
  });

  test('takes the same ICU arguments as English in every message', () => {
    const differ = Object.entries(catalogue).flatMap(([key, message]) => {
      const ours = [...argumentsOf(parse(message))].sort();
      const source = [...argumentsOf(parse(english[key]!))].sort();
      return JSON.stringify(ours) === JSON.stringify(source) ? [] : [`${key}: ${ours.join(', ')} vs ${source.join(', ')}`];
    });
    expect(differ).toEqual([]);
  });
});

test('no key is in two domain catalogues: the merge would keep one text silently', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const [domain, messages] of Object.entries({ common: commonEn, app: appEn, report: reportEn, issues: issuesEn, cli: cliEn })) {
    for (const key of Object.keys(messages)) {
      if (seen.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${domain}`);
      else seen.set(key, domain);
    }
  }
  expect(clashes).toEqual([]);
});

test('every English message parses as ICU MessageFormat', () => {
  const broken = Object.entries(english).flatMap(([key, message]) => {
    try {
      parse(message);
      return [];
    } catch (error) {
      return [`${key}: ${(error as Error).message}`];
    }
  });
  expect(broken).toEqual([]);
});

test('a translator never shows a raw key, and formats numbers, shares and dates the language\'s way', () => {
  for (const language of LANGUAGES) {
    const t = translator(language);
    for (const key of Object.keys(english)) expect(t.t(key as never), `${language} ${key}`).not.toBe(key);
  }
  const fr = translator('fr');
  const es = translator('es');
  // Intl's own spaces: a narrow no-break space groups French thousands and precedes %.
  expect(fr.number(1234.5)).toBe('1\u202f234,5');
  expect(fr.percent(0.452)).toBe('45,2\u00a0%');
  expect(fr.date('2019-04-01')).toBe('01/04/2019');
  expect(es.number(1234.5)).toBe('1234,5');
  expect(es.number(12345.5)).toBe('12.345,5');
  expect(es.date('2019-04-01')).toBe('01/04/2019');
  expect(translator('en').date('2019-04-01')).toBe('04/01/2019');
  expect(fr.label('theme', 'Circular economy')).toBe('Économie circulaire');
  expect(fr.label('theme', 'A theme of our own')).toBe('A theme of our own');
});
