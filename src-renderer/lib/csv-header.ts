const TEXT_FILE = /\.(csv|tsv|txt)$/i;

export const isTextTable = (name: string) => TEXT_FILE.test(name);

/** Splits one CSV line on `separator`, honouring double quotes ("" inside quotes is a quote). */
function splitLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The header row of a CSV/TSV file as the user wrote it, for the column-mapping step: the
 * first non-empty line, split on whichever of , ; tab it holds most. The importer reads the
 * file itself; this only offers the headers to choose from.
 */
export async function csvHeaders(file: File): Promise<string[]> {
  const head = await file.slice(0, 64 * 1024).text();
  const line = head.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const separator = [',', ';', '\t'].map((s) => ({ s, n: line.split(s).length })).sort((a, b) => b.n - a.n)[0]!.s;
  return splitLine(line, separator).filter((h) => h !== '');
}

const STORE_KEY = 'twinlens.columnMappings';

/** Mappings are remembered per header row, so the same export from the same system maps itself. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => h.trim().toLowerCase()).join('\u241f');
}

export function savedMapping(headers: readonly string[]): Record<string, string> | null {
  try {
    const all = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}') as Record<string, Record<string, string>>;
    const found = all[headerSignature(headers)];
    return found && typeof found === 'object' ? found : null;
  } catch {
    return null;
  }
}

export function saveMapping(headers: readonly string[], mapping: Record<string, string>): void {
  try {
    const all = JSON.parse(localStorage.getItem(STORE_KEY) ?? '{}') as Record<string, Record<string, string>>;
    all[headerSignature(headers)] = mapping;
    localStorage.setItem(STORE_KEY, JSON.stringify(all));
  } catch {
    // Storage full or disabled: the mapping still applies to this import.
  }
}
