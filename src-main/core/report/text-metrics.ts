import * as echarts from 'echarts';
import PDFDocument from 'pdfkit';
import { fontFiles } from './fonts.js';

let installed = false;

/**
 * ECharts lays out labels, legends and grids from measured text widths. In Node it has no
 * canvas and guesses with Helvetica-like widths, but the charts are drawn in Noto Sans,
 * which runs wider: labels then spill out of the chart. This measures with the real font
 * (pdfkit's metrics of the same file), CJK characters as one em each.
 */
export function useReportFontMetrics(): void {
  if (installed) return;
  const files = fontFiles();
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('regular', files.regular);
  doc.registerFont('bold', files.bold);
  const cache = new Map<string, number>();
  echarts.setPlatformAPI({
    measureText(text: string, font?: string) {
      const spec = font ?? '12px sans-serif';
      const key = `${spec}\u0000${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        const size = Number(/(\d+(?:\.\d+)?)px/.exec(spec)?.[1] ?? 12);
        const bold = /\bbold\b|\b[6-9]00\b/.test(spec);
        doc.font(bold ? 'bold' : 'regular').fontSize(size);
        // One layout call for the Latin part; CJK characters (which Noto Sans lacks) one em each.
        let latin = '';
        let cjk = 0;
        for (const ch of text) {
          if (ch.codePointAt(0)! >= 0x2e80) cjk += 1;
          else latin += ch;
        }
        width = (latin ? doc.widthOfString(latin) : 0) + cjk * size;
        if (cache.size > 50_000) cache.clear();
        cache.set(key, width);
      }
      return { width };
    },
  });
  installed = true;
}
