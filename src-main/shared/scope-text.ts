/** The active scope in words, for the filter bar's summary, report covers and the workbook. */

const NAMES: Record<string, string> = {
  programme: 'programme',
  component: 'component',
  theme: 'theme',
  region: 'region',
  status: 'status',
  from: 'start on or after',
  to: 'start on or before',
};

/** `scope` as in the indicators' `scope` key: "theme: Circular economy or Mobility; region: Europe". */
export function describeScopeText(scope: Record<string, readonly string[]>): string {
  const parts = Object.entries(scope)
    .filter(([, values]) => values.length > 0)
    .map(([key, values]) => `${NAMES[key] ?? key}: ${values.join(' or ')}`);
  return parts.length === 0 ? 'All pairings (no filters)' : parts.join('; ');
}
