import { issueText } from '../../shared/issues.js';
import type { Cell } from './cell.js';
import { cellText } from './cell.js';
import { headerKey } from './header-key.js';
import type { IssueLog, RowPlace } from './issue-log.js';
import { type ColumnSpec, columnKeyMap } from './sheet-specs.js';

/** A user's answer to "which column is this?": source header -> canonical column name. */
export type ColumnMapping = Readonly<Record<string, string>>;

export interface MappedColumn {
  index: number;
  spec: ColumnSpec;
}

/**
 * Matches a header row to a sheet's columns. Reports unknown headers as ignored, a second
 * header for the same column as ignored, and every missing required column as an error.
 */
export function mapHeaders(
  header: readonly Cell[],
  columns: readonly ColumnSpec[],
  place: RowPlace,
  headerRow: number,
  issues: IssueLog,
  mapping: ColumnMapping = {},
): MappedColumn[] {
  const byKey = columnKeyMap(columns);
  const userKeys = new Map(Object.entries(mapping).map(([from, to]) => [headerKey(from), headerKey(to)]));
  const mapped: MappedColumn[] = [];
  const seen = new Set<string>();
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (text === null) return;
    const key = headerKey(text);
    const spec = byKey.get(userKeys.get(key) ?? key);
    if (!spec) {
      issues.warning('ignored-column', place, headerRow, null, issueText('issue.column.ignored', { header: text }));
    } else if (seen.has(spec.name)) {
      issues.warning('ignored-column', place, headerRow, spec.name, issueText('issue.column.repeated', { header: text, column: spec.name }));
    } else {
      seen.add(spec.name);
      mapped.push({ index, spec });
    }
  });
  for (const spec of columns) {
    if (spec.required && !seen.has(spec.name)) {
      issues.error('missing-column', place, null, spec.name, spec.aliases?.length
        ? issueText('issue.column.missingOr', { column: spec.name, aliases: spec.aliases.map((a) => `"${a}"`).join(', ') })
        : issueText('issue.column.missing', { column: spec.name }));
    }
  }
  return mapped;
}

/** Header texts as the user's mapping renames them, for deciding what a sheet holds. */
export function renameHeaders(headers: readonly string[], mapping: ColumnMapping = {}): string[] {
  const renamed = new Map(Object.entries(mapping).map(([from, to]) => [headerKey(from), to]));
  return headers.map((h) => renamed.get(headerKey(h)) ?? h);
}
