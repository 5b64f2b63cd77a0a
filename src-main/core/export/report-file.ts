import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportReportArg, SavedFile } from '../../shared/api-contract.js';
import type { Filters } from '../../shared/indicators.js';
import { writeReports } from '../report/write-reports.js';
import type { Project } from '../store/project.js';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** "IUC evaluation: Europe" -> "iuc-evaluation-europe"; the report's own file name. */
function slug(title: string | undefined): string {
  const base = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base === '' ? 'twinlens-report' : base;
}

/**
 * The Excel workbook or PDF report of the scope, as the renderer saves it: written by the
 * reports module into a private temporary folder, read back, and the folder removed.
 */
export async function reportFile(
  project: Project,
  format: 'xlsx' | 'pdf',
  filters: Filters,
  title: string | undefined,
  onProgress?: (message: string) => void,
  compare?: ExportReportArg['compare'],
  language?: ExportReportArg['language'],
): Promise<SavedFile> {
  const dir = await mkdtemp(join(tmpdir(), 'twinlens-export-'));
  try {
    const fileName = `${slug(title)}.${format}`;
    const path = join(dir, fileName);
    await writeReports(project, filters, { [format]: path, ...(title?.trim() ? { title } : {}), ...(onProgress ? { onProgress } : {}), ...(compare ? { compare } : {}), ...(language ? { language } : {}) });
    return { fileName, mimeType: MIME[format], base64: (await readFile(path)).toString('base64') };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
