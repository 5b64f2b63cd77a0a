/**
 * Imported text (city, theme, organisation names) reaches ECharts tooltips, which are HTML.
 * Every tooltip in these builders is a formatter function that escapes what it inserts,
 * rather than `renderMode: 'richText'`, so tooltips keep their HTML layout and still never
 * interpret a name as markup. Axis labels, titles and data labels are drawn as canvas/SVG
 * text by ECharts and are never parsed as HTML.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** One tooltip: a bold heading and `label: value` lines, every part escaped. */
export function tooltipHtml(heading: string, lines: ReadonlyArray<readonly [string, string]>): string {
  const body = lines.map(([k, v]) => `${escapeHtml(k)}: <b>${escapeHtml(v)}</b>`).join('<br/>');
  return `<b>${escapeHtml(heading)}</b>${body ? `<br/>${body}` : ''}`;
}
