/**
 * What Twinlens agrees to read. Spreadsheets arrive by e-mail from partners the user does
 * not control, so every file is treated as possibly hostile: each limit below bounds the
 * memory or time one file can cost, and every value is checked before the work it bounds.
 * SECURITY.md and docs/limits.md list these values; keep the three in step.
 *
 * The limits sit far above any real programme spreadsheet (the bench's largest generated
 * programme, 100,000 pairings and a million stakeholder rows, fits them) and at Excel's own
 * limits where Excel has one: a file Excel cannot have written is not a spreadsheet a
 * partner sent.
 */

const MiB = 1024 * 1024;

export const LIMITS = {
  /** Largest file read at all, workbook or CSV (a CSV is decoded whole in memory). */
  maxFileBytes: 256 * MiB,
  /** Most entries in a workbook's zip directory (real workbooks hold tens; Apache POI's corpus at most 132). */
  maxZipEntries: 10_000,
  /** Largest part of a workbook that is inflated (a sheet, the shared strings, the styles), declared or actual. */
  maxPartBytes: 512 * MiB,
  /** Largest total of the parts inflated from one workbook. */
  maxWorkbookXmlBytes: 1024 * MiB,
  /** Shared strings are held in memory whole: any cell of any sheet may refer to any of them. */
  maxSharedStringsBytes: 128 * MiB,
  /** Styles are held in memory whole (Excel caps a workbook at 64,000 formats, a few MB). */
  maxStylesBytes: 32 * MiB,
  /**
   * Highest inflated/compressed ratio of a part larger than `ratioFloorBytes`. Real sheets
   * compress 5 to 30 times (18 at most over Apache POI's 340 test workbooks); a bomb, one
   * pattern repeated, 300 to 1,000 times.
   */
  maxCompressionRatio: 100,
  /** Parts this small cannot hurt, whatever their ratio. */
  ratioFloorBytes: 1 * MiB,
  /** Excel's own limit of characters in a cell. */
  maxCellChars: 32_767,
  /** Excel's grid: rows per sheet, and the highest row number. */
  maxRows: 1_048_576,
  /** Excel's grid: columns per sheet (A to XFD). */
  maxColumns: 16_384,
  /**
   * Longest run of XML text between two tags, or tag, in characters. Bounds what the XML
   * parser accumulates before a cell can be checked: a 32,767-character cell escaped as
   * character references (`&#x1F600;`) is about 330,000 characters.
   */
  maxXmlRunChars: 1 * MiB,
  /** Deepest element nesting in a part (a worksheet nests 5 deep, rich text 6). */
  maxXmlDepth: 64,
  /**
   * The memory a refused hostile file may cost before it is refused, over what the process
   * held before the import (peak resident set size). Asserted by test/hardening.
   */
  maxRefusalMemoryBytes: 96 * MiB,
} as const;

/** Sizes in the units people read: "300 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(1)} GB`;
  if (bytes >= MiB) return `${Math.round(bytes / MiB)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Advice for a file refused by a limit: it is not what a partner's spreadsheet looks like. */
export const LIMIT_ADVICE =
  'Twinlens refuses files like this to protect your computer (see SECURITY.md). If the file is genuine, open it in Excel, remove what is not programme data, save it as .xlsx, and retry.';
