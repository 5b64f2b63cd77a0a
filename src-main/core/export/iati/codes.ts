/**
 * The mapping's fixed correspondences (docs/iati.md, "Mapping") from Twinlens values to IATI
 * codes, in one place so a reader can set them beside the spec.
 */

/** DAC 5-digit sector (vocabulary 1) per theme, matched case- and space-insensitively. */
export const THEME_SECTORS: Readonly<Record<string, string>> = {
  'social inclusion and urban regeneration': '43030',
  'circular economy': '14050',
  'blue and green infrastructure': '41010',
  'climate change adaptation and mitigation': '41010',
  'mobility and transport': '21010',
  'smart cities and innovation': '43030',
  'ecological transition and green deal': '41010',
  'urban renewal and urban poverty': '43030',
  innovation: '43030',
};

/** Urban development and management: an unknown theme, or none. */
export const DEFAULT_SECTOR = '43030';

export const themeKey = (theme: string) => theme.trim().toLowerCase().replace(/\s+/g, ' ');

export function sectorOfTheme(theme: string): string {
  return THEME_SECTORS[themeKey(theme)] ?? DEFAULT_SECTOR;
}

/** ActivityStatus of a pairing: planned 1, active 2, completed 4. */
export const PAIRING_STATUS: Readonly<Record<string, '1' | '2' | '4'>> = { planned: '1', active: '2', completed: '4' };

/** ResultType per result level. */
export const RESULT_TYPE: Readonly<Record<string, '1' | '2' | '3'>> = { output: '1', outcome: '2', impact: '3' };

/** IndicatorMeasure per measure: unit 1, percentage 2, qualitative 5. */
export const INDICATOR_MEASURE: Readonly<Record<string, '1' | '2' | '5'>> = { number: '1', percentage: '2', qualitative: '5' };

/** Entity kinds that are a Local Government (OrganisationType 11); a consortium has no type. */
export const LOCAL_GOVERNMENT_KINDS: ReadonlySet<string> = new Set(['city', 'region', 'metropolitan area']);
export const LOCAL_GOVERNMENT = '11';

/** Role of the reporting org on a programme (funding) and of a member on a pairing (implementing). */
export const ROLE_FUNDING = '1' as const;
export const ROLE_IMPLEMENTING = '4' as const;

/** The region whose members are the EU side: recipient countries are the others. */
export const EUROPE = 'europe';
