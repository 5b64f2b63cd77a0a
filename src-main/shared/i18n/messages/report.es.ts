import type { ReportKey } from '../catalogue-keys.js';

/** Spanish messages of the report (report.en.ts). */
export const reportEs: Partial<Record<ReportKey, string>> = {
  'report.language': 'Idioma de este informe',
};
