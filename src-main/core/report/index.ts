/** The reports of issue 4, for the CLI, the app's Export menu and the host. */
export { writeReports, writeReportsFrom, type ReportOptions, type ReportResult } from './write-reports.js';
export { ReportWriteError } from './atomic-files.js';
export { MissingFontError } from './fonts.js';
export { chartSvg, svgToPng } from './render-chart.js';
