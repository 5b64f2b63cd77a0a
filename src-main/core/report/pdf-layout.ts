import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { cjkFaceFor, type FontFiles, needsCjk } from './fonts.js';

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = { left: 56, right: 56, top: 70, bottom: 64 };
export const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BOTTOM = A4.height - MARGIN.bottom;

export const COLOURS = { text: '#1f2933', muted: '#52606d', rule: '#cbd2d9', accent: '#0b4f8a', fill: '#dce6f2', note: '#f3f6f9' };

/** A cell drawn on its own colour (a status label), its text in a colour readable on it. */
export interface CellStyle {
  fill: string;
  colour: string;
}

export interface PdfColumn {
  header: string;
  /** Share of the content width. */
  width: number;
  align?: 'left' | 'right';
}

const CJK_MARK = /twinlens-face-(cjk|hangul)/;

/**
 * Marks each chart text that needs a CJK face with that face, as its font family: svg-to-pdfkit
 * asks for a font by family, never showing the text, and one chart can hold a Korean name
 * (the KR face) beside a Chinese one the KR face lacks (the SC face). ECharts writes each label
 * as one <text> with its font in a style attribute.
 */
function markCjkTexts(svg: string): string {
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (whole, attrs: string, content: string) => {
    if (!needsCjk(content)) return whole;
    const family = `twinlens-face-${cjkFaceFor(content)}`;
    // In the style (which wins over the attribute), else in the attribute, else added.
    let marked = attrs.replace(/font-family:[^;"]*/, `font-family:${family}`);
    if (marked === attrs) marked = attrs.replace(/font-family="[^"]*"/, `font-family="${family}"`);
    if (marked === attrs) marked = `${attrs} font-family="${family}"`;
    return `<text${marked}>${content}</text>`;
  });
}

/**
 * pdfkit with the report's fonts and the few shapes the report is made of: headings,
 * paragraphs, tables that break across pages with their header repeated, vector charts.
 * Text that holds CJK characters is set in Noto Sans SC, or KR when it has Hangul (both also
 * have Latin glyphs), everything else in Noto Sans.
 */
export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;
  /** Text needed CJK glyphs but no CJK font was installed. */
  missingCjk = false;

  constructor(private readonly fonts: FontFiles, info: { Title: string; Subject: string }, lang = 'en') {
    this.doc = new PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, autoFirstPage: true, info: { ...info, Creator: 'Twinlens', Producer: 'Twinlens (pdfkit)' }, lang });
    this.doc.registerFont('regular', fonts.regular);
    this.doc.registerFont('bold', fonts.bold);
    this.doc.font('regular').fillColor(COLOURS.text);
  }

  private readonly registered = new Set<string>();

  /** The font a piece of text is set in; the CJK fonts (6 and 10 MB) are read only when needed. */
  fontFor(text: string, bold = false): string {
    return (needsCjk(text) && this.cjkFont(cjkFaceFor(text))) || (bold ? 'bold' : 'regular');
  }

  private cjkFont(face: 'cjk' | 'hangul'): string | null {
    const file = this.fonts[face];
    if (!file) {
      this.missingCjk = true;
      return null;
    }
    if (!this.registered.has(face)) {
      this.doc.registerFont(face, file);
      this.registered.add(face);
    }
    return face;
  }

  get y(): number {
    return this.doc.y;
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = MARGIN.left;
    this.doc.y = MARGIN.top;
  }

  /** Starts a new page unless `height` still fits below. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > BOTTOM) this.newPage();
  }

  text(text: string, options: { size?: number; bold?: boolean; colour?: string; gap?: number; indent?: number; width?: number; align?: 'left' | 'center' | 'right' | 'justify' } = {}): void {
    const size = options.size ?? 10;
    const width = options.width ?? CONTENT_WIDTH - (options.indent ?? 0);
    this.doc.font(this.fontFor(text, options.bold)).fontSize(size);
    const height = this.doc.heightOfString(text, { width });
    this.ensureSpace(Math.min(height, 3 * size));
    this.doc.fillColor(options.colour ?? COLOURS.text).text(text, MARGIN.left + (options.indent ?? 0), this.doc.y, { width, align: options.align ?? 'left', lineGap: 1.5 });
    this.doc.y += options.gap ?? size * 0.6;
  }

  /** A heading; `keepWith` is the height of what must follow it on the same page (a chart), so it never ends a page alone. */
  heading(text: string, level: 1 | 2 = 1, keepWith = 0): void {
    const size = level === 1 ? 18 : 12.5;
    this.ensureSpace(size * 4 + keepWith);
    this.text(text, { size, bold: true, colour: level === 1 ? COLOURS.accent : COLOURS.text, gap: level === 1 ? 10 : 5 });
  }

  rule(): void {
    this.doc.moveTo(MARGIN.left, this.doc.y).lineTo(A4.width - MARGIN.right, this.doc.y).lineWidth(0.5).strokeColor(COLOURS.rule).stroke();
    this.doc.y += 8;
  }

  /** A shaded box: "How this is measured" and other notes. */
  note(title: string, body: string): void {
    const pad = 8;
    const width = CONTENT_WIDTH - 2 * pad;
    this.doc.font('bold').fontSize(9);
    const titleHeight = this.doc.heightOfString(title, { width });
    this.doc.font(this.fontFor(body)).fontSize(8.5);
    const bodyHeight = this.doc.heightOfString(body, { width, lineGap: 1 });
    const height = titleHeight + bodyHeight + 2 * pad + 4;
    this.ensureSpace(height);
    const top = this.doc.y;
    this.doc.rect(MARGIN.left, top, CONTENT_WIDTH, height).fill(COLOURS.note);
    this.doc.fillColor(COLOURS.text).font('bold').fontSize(9).text(title, MARGIN.left + pad, top + pad, { width });
    this.doc.font(this.fontFor(body)).fontSize(8.5).fillColor(COLOURS.muted).text(body, MARGIN.left + pad, this.doc.y + 4, { width, lineGap: 1 });
    this.doc.y = top + height + 10;
  }

  /** The height `text` takes at full width. */
  heightOf(text: string, options: { size?: number; bold?: boolean } = {}): number {
    this.doc.font(this.fontFor(text, options.bold)).fontSize(options.size ?? 10);
    return this.doc.heightOfString(text, { width: CONTENT_WIDTH, lineGap: 1.5 });
  }

  /** The height a chart of this size takes, scaled to the content width. */
  chartHeight(size: { width: number; height: number }): number {
    return (size.height * CONTENT_WIDTH) / size.width;
  }

  /** An ECharts SVG drawn as vectors, scaled to the content width. */
  chart(svg: string, size: { width: number; height: number }): void {
    const width = CONTENT_WIDTH;
    const height = this.chartHeight(size);
    this.ensureSpace(height + 8);
    SVGtoPDF(this.doc, needsCjk(svg) ? markCjkTexts(svg) : svg, MARGIN.left, this.doc.y, {
      width,
      height,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (family, bold) => {
        const face = CJK_MARK.exec(family)?.[1] as 'cjk' | 'hangul' | undefined;
        return (face && this.cjkFont(face)) || (bold ? 'bold' : 'regular');
      },
    });
    this.doc.y += height + 8;
    this.doc.x = MARGIN.left;
  }

  /**
   * A table that breaks across pages, its header repeated on each; `style` colours single body
   * cells; `size` is the font size (8.5 unless told: a wide table takes a smaller one).
   */
  table(
    columns: readonly PdfColumn[],
    rows: ReadonlyArray<readonly string[]>,
    options: { style?: (row: number, column: number) => CellStyle | undefined; size?: number } = {},
  ): void {
    const { style } = options;
    const size = options.size ?? 8.5;
    const pad = 3;
    const widths = columns.map((c) => c.width * CONTENT_WIDTH);
    const rowHeight = (cells: readonly string[], bold: boolean) =>
      Math.max(
        ...cells.map((cell, i) => {
          this.doc.font(this.fontFor(cell, bold)).fontSize(size);
          return this.doc.heightOfString(cell, { width: widths[i]! - 2 * pad });
        }),
      ) + 2 * pad;
    const drawRow = (cells: readonly string[], bold: boolean, fill: string | null, h: number, index = -1) => {
      const top = this.doc.y;
      if (fill) this.doc.rect(MARGIN.left, top, CONTENT_WIDTH, h).fill(fill);
      let x = MARGIN.left;
      cells.forEach((cell, i) => {
        const own = index >= 0 ? style?.(index, i) : undefined;
        this.doc.font(this.fontFor(cell, bold)).fontSize(size);
        if (own) {
          // A label as high as its own text, not the row: coloured cells stacked in a column stay apart.
          const label = this.doc.heightOfString(cell, { width: widths[i]! - 2 * pad }) + 2 * pad - 2;
          this.doc.rect(x + 1, top + 1, widths[i]! - 2, Math.min(h - 2, label)).fill(own.fill);
        }
        this.doc.fillColor(own?.colour ?? COLOURS.text);
        this.doc.text(cell, x + pad, top + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? 'left' });
        x += widths[i]!;
      });
      this.doc.moveTo(MARGIN.left, top + h).lineTo(MARGIN.left + CONTENT_WIDTH, top + h).lineWidth(0.4).strokeColor(COLOURS.rule).stroke();
      this.doc.y = top + h;
    };
    const headers = columns.map((c) => c.header);
    const headerHeight = rowHeight(headers, true);
    const heights = rows.map((row) => rowHeight(row, false));
    this.ensureSpace(headerHeight + (heights[0] ?? 0));
    drawRow(headers, true, COLOURS.fill, headerHeight);
    rows.forEach((row, i) => {
      if (this.doc.y + heights[i]! > BOTTOM) {
        this.newPage();
        drawRow(headers, true, COLOURS.fill, headerHeight);
      }
      drawRow(row, false, null, heights[i]!, i);
    });
    this.doc.x = MARGIN.left;
    this.doc.y += 10;
  }

  /** Running header (not on the cover) and "Page n of N" on every page; call last. */
  finishPages(runningHeader: string, pageLabel: (page: number, pages: number) => string = (page, pages) => `Page ${page} of ${pages}`): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      // Writing below the bottom margin would otherwise make pdfkit add a page.
      const margins = { ...this.doc.page.margins };
      this.doc.page.margins.bottom = 0;
      this.doc.page.margins.top = 0;
      if (i > range.start) {
        this.doc.font(this.fontFor(runningHeader)).fontSize(8).fillColor(COLOURS.muted);
        this.doc.text(runningHeader, MARGIN.left, 36, { width: CONTENT_WIDTH, lineBreak: false, ellipsis: true, height: 10 });
        this.doc.moveTo(MARGIN.left, 50).lineTo(A4.width - MARGIN.right, 50).lineWidth(0.4).strokeColor(COLOURS.rule).stroke();
      }
      this.doc.font('regular').fontSize(8).fillColor(COLOURS.muted);
      this.doc.text(pageLabel(i - range.start + 1, range.count), MARGIN.left, A4.height - 40, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
      this.doc.page.margins = margins;
    }
  }
}
