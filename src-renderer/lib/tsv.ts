import type { CellValue } from '../../src-main/shared/api-contract.js';

/** Tab-separated text as spreadsheets paste it: tabs and line breaks inside cells become spaces. */
export function toTsv(columns: readonly string[], rows: ReadonlyArray<readonly CellValue[]>): string {
  const cell = (v: CellValue) => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));
  return [columns.map(cell).join('\t'), ...rows.map((r) => r.map(cell).join('\t'))].join('\n');
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (no focus, insecure context): fall back to a hidden textarea.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}
