import type { ChartId } from '../../shared/charts/types.js';
import { formatCount, formatPercent, formatRatio } from '../../shared/format.js';
import { type Headline, headlines, resultHeadlines } from '../../shared/headlines.js';
import { formatIssue } from '../../shared/issues.js';
import { AS_OF_RULE, RATIO_RULE, SCOPE_RULE } from '../../shared/methodology.js';
import { fontFiles } from './fonts.js';
import { A4, COLOURS, CONTENT_WIDTH, MARGIN, PdfLayout } from './pdf-layout.js';
import { comparisonSection, networkSection } from './pdf-network.js';
import { type SectionKit, outcomesSection, resultsSection, trackingAnnex } from './pdf-results.js';
import { type ReportContext, formatGeneratedAt } from './report-context.js';
import { PDF_PAIRINGS } from './report-data.js';

/** Long lists in the PDF stop here; the workbook always has every row. */
export const PDF_LIST_LIMIT = 30;

interface TocEntry {
  title: string;
  page: number;
  destination: string;
}

const pct = (part: number, whole: number) => (whole === 0 ? formatPercent(0) : formatPercent(part / whole));

/** Section titles in order; tests look for each of them in the text of the PDF. */
export const PDF_SECTIONS = [
  'Executive summary',
  '1. Pairings by region',
  '2. Region-to-region flow',
  '3. Country-to-country flow',
  '4. Themes',
  '5. Theme overlap',
  '6. Stakeholder mix (quadruple helix)',
  '7. GCoM signatories',
  '8. Action plans and pilot projects',
  '9. Activities',
  '10. Results',
  '11. Outcomes',
  '12. Network',
  'Annex A. Data quality',
  'Annex B. Provenance',
  'Annex C. Pairings in scope',
  'Annex D. Result indicator tracking table',
] as const;

/** The section `report --by X` adds after the executive summary. */
export const comparisonTitle = (by: string) => `Comparison by ${by}` as const;

/** Builds the evaluation report; returns the pdfkit document, ended, for the caller to pipe. */
export function buildPdf(ctx: ReportContext): PDFKit.PDFDocument {
  const ind = ctx.data.indicators;
  const layout = new PdfLayout(fontFiles(), { Title: ctx.title, Subject: `Twinlens evaluation report: ${ctx.scopeText}` });
  const { doc } = layout;
  const toc: TocEntry[] = [];
  const empty = ind.summary.pairings === 0;

  const section = (title: (typeof PDF_SECTIONS)[number] | ReturnType<typeof comparisonTitle>) => {
    layout.newPage();
    const destination = `s${toc.length}`;
    doc.addNamedDestination(destination);
    toc.push({ title, page: doc.bufferedPageRange().count, destination });
    doc.outline.addItem(title);
    layout.heading(title);
  };
  const truncated = (shown: number, total: number, what: string) => {
    if (total > shown) layout.text(`The ${formatCount(shown)} largest of ${formatCount(total)} ${what} are listed; the workbook lists them all.`, { size: 8.5, colour: COLOURS.muted });
  };
  const chartSection = (id: ChartId, afterChart: () => void) => {
    const rendered = ctx.charts.get(id)!;
    // A finding printed at the foot of a page and its chart on the next read as two things.
    layout.ensureSpace(layout.heightOf(rendered.chart.title, { size: 11.5, bold: true }) + 8 + layout.chartHeight(rendered.chart.size) + 8);
    layout.text(rendered.chart.title, { size: 11.5, bold: true, gap: 8 });
    layout.chart(rendered.svg, rendered.chart.size);
    afterChart();
    layout.note('How this is measured', rendered.chart.howMeasured);
  };

  const kit: SectionKit = { layout, ctx, chartSection, truncated, listLimit: PDF_LIST_LIMIT };

  // Cover.
  doc.rect(0, 0, A4.width, 250).fill(COLOURS.accent);
  doc.fillColor('#ffffff').font(layout.fontFor(ctx.title, true)).fontSize(26).text(ctx.title, MARGIN.left, 110, { width: CONTENT_WIDTH });
  doc.font('regular').fontSize(12).fillColor('#dce6f2').text('Evaluation report', MARGIN.left, doc.y + 8, { width: CONTENT_WIDTH });
  doc.y = 300;
  const coverLine = (label: string, value: string) => {
    doc.font('bold').fontSize(10).fillColor(COLOURS.muted).text(label, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.font(layout.fontFor(value)).fontSize(12).fillColor(COLOURS.text).text(value, MARGIN.left, doc.y + 2, { width: CONTENT_WIDTH });
    doc.y += 14;
  };
  coverLine('Programme', ctx.programme ?? 'not recorded in the data');
  coverLine('Scope', ctx.scopeText);
  coverLine('Pairings in scope', formatCount(ind.summary.pairings));
  coverLine('Generated', formatGeneratedAt(ctx.generatedAt));
  coverLine('Source files', ctx.data.sources.map((s) => s.name).join(', ') || 'none recorded');
  if (empty) {
    doc.y += 10;
    doc.font('bold').fontSize(13).fillColor('#b42318').text('There are no pairings in this scope.', MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.font('regular').fontSize(10).fillColor(COLOURS.text).text('Every figure in this report is zero; widen the filters to see results.', { width: CONTENT_WIDTH });
  }
  doc.font('regular').fontSize(8.5).fillColor(COLOURS.muted).text('Made with Twinlens. Every figure is defined in the "How this is measured" notes and in the workbook\'s Methodology sheet.', MARGIN.left, A4.height - 110, { width: CONTENT_WIDTH });

  // Contents, filled in once every section knows its page.
  layout.newPage();
  const tocPage = doc.bufferedPageRange().count - 1;
  layout.heading('Contents');

  section('Executive summary');
  if (empty) layout.text('There are no pairings in this scope, so every figure below is zero.', { bold: true, colour: '#b42318' });
  const keyFigures = (list: readonly Headline[]) => {
    for (const h of list) {
      layout.ensureSpace(48);
      const top = doc.y;
      // A long figure ("+3.1 points") is set smaller rather than broken over two lines.
      let size = 18;
      while (size > 12 && doc.font('bold').fontSize(size).widthOfString(h.display) > 110) size -= 1;
      doc.font('bold').fontSize(size).fillColor(COLOURS.accent).text(h.display, MARGIN.left, top, { width: 110 });
      doc.font('bold').fontSize(8.5).fillColor(COLOURS.muted).text(h.label, MARGIN.left, doc.y, { width: 110 });
      const left = doc.y;
      doc.font(layout.fontFor(h.sentence)).fontSize(10).fillColor(COLOURS.text).text(h.sentence, MARGIN.left + 125, top + 2, { width: CONTENT_WIDTH - 125, lineGap: 1.5 });
      doc.y = Math.max(left, doc.y) + 12;
    }
  };
  keyFigures(headlines(ind));
  const results = resultHeadlines(ind);
  if (results.length > 0) {
    layout.heading(ind.scope.asOf ? `Results and outcomes as of ${ind.scope.asOf}` : 'Results and outcomes', 2);
    keyFigures(results);
  }
  layout.rule();
  layout.note('Scope', `${ctx.scopeText}. ${SCOPE_RULE}`);
  layout.note('Ratios and lists', RATIO_RULE);
  if (ind.scope.asOf) layout.note(`As of ${ind.scope.asOf}`, AS_OF_RULE);

  if (ctx.comparison) {
    section(comparisonTitle(ctx.comparison.by));
    comparisonSection(kit);
  }

  section('1. Pairings by region');
  chartSection('pairings-by-region', () =>
    layout.table(
      [{ header: 'Region', width: 0.46 }, { header: 'Pairings', width: 0.18, align: 'right' }, { header: 'Share of pairings', width: 0.18, align: 'right' }, { header: 'Entities', width: 0.18, align: 'right' }],
      ind.pairingsByRegion.map((r) => [r.region, formatCount(r.pairings), pct(r.pairings, ind.summary.pairings), formatCount(r.entities)]),
    ),
  );

  const flowTable = (cells: typeof ind.regionMatrix, label: string, what: string) => {
    layout.table(
      [{ header: `${label} a`, width: 0.38 }, { header: `${label} b`, width: 0.38 }, { header: 'Pairings', width: 0.24, align: 'right' }],
      cells.slice(0, PDF_LIST_LIMIT).map((c) => [c.a, c.a === c.b ? `${c.b} (within)` : c.b, formatCount(c.pairings)]),
    );
    truncated(Math.min(PDF_LIST_LIMIT, cells.length), cells.length, what);
  };
  section('2. Region-to-region flow');
  chartSection('region-matrix', () => flowTable(ind.regionMatrix, 'Region', 'region pairs'));
  section('3. Country-to-country flow');
  chartSection('country-matrix', () => flowTable(ind.countryMatrix, 'Country', 'country pairs'));

  section('4. Themes');
  chartSection('themes', () => {
    layout.table(
      [{ header: 'Theme', width: 0.6 }, { header: 'Pairings', width: 0.2, align: 'right' }, { header: 'Share of pairings', width: 0.2, align: 'right' }],
      ind.themes.map((t) => [t.theme, formatCount(t.pairings), pct(t.pairings, ind.summary.pairings)]),
    );
    layout.text(`Multi-theme share: ${formatPercent(ind.multiThemeShare)} of pairings with a theme have two or more.`, { size: 9.5 });
  });

  section('5. Theme overlap');
  chartSection('theme-overlap', () => {
    layout.table(
      [{ header: 'Theme a', width: 0.36 }, { header: 'Theme b', width: 0.36 }, { header: 'Pairings with both', width: 0.14, align: 'right' }, { header: 'Jaccard', width: 0.14, align: 'right' }],
      ind.themeOverlap.slice(0, PDF_LIST_LIMIT).map((o) => [o.a, o.b, formatCount(o.pairings), formatRatio(o.jaccard)]),
    );
    truncated(Math.min(PDF_LIST_LIMIT, ind.themeOverlap.length), ind.themeOverlap.length, 'theme pairs');
  });

  const mix = ind.stakeholderMix;
  section('6. Stakeholder mix (quadruple helix)');
  chartSection('helix-mix', () => {
    layout.table(
      [{ header: 'Helix', width: 0.34 }, { header: 'Organisations', width: 0.22, align: 'right' }, { header: 'Participants', width: 0.22, align: 'right' }, { header: 'Share', width: 0.22, align: 'right' }],
      mix.byHelix.map((h) => [h.helix, formatCount(h.organisations), formatCount(h.participants), formatPercent(h.share)]),
    );
    layout.table(
      [{ header: 'Figure', width: 0.7 }, { header: 'Value', width: 0.3, align: 'right' }],
      [
        ['Pairings covering all four helices (quadruple-helix share)', formatPercent(mix.quadrupleHelixShare)],
        ['Mean helix coverage', formatPercent(mix.meanHelixCoverage)],
        ['Mean evenness (Pielou, 0 to 1)', formatRatio(mix.meanEvenness)],
      ],
    );
  });

  const g = ind.gcom;
  section('7. GCoM signatories');
  chartSection('gcom-by-region', () => {
    layout.table(
      [{ header: 'Region', width: 0.4 }, { header: 'Entities', width: 0.2, align: 'right' }, { header: 'Signatories', width: 0.2, align: 'right' }, { header: 'Share', width: 0.2, align: 'right' }],
      g.byRegion.map((r) => [r.region, formatCount(r.entities), formatCount(r.signatories), formatPercent(r.share)]),
    );
    layout.table(
      [{ header: 'Figure', width: 0.7 }, { header: 'Value', width: 0.3, align: 'right' }],
      [
        ['Entities in scope', formatCount(g.entities)],
        ['GCoM signatories', `${formatCount(g.signatories)} (${formatPercent(g.share)})`],
        ['Signatories with a GCoM action plan', formatCount(g.actionPlans)],
        ['Joined during a pairing', formatCount(g.joinedDuringPairing)],
      ],
    );
  });

  const d = ind.delivery;
  section('8. Action plans and pilot projects');
  chartSection('action-plans', () => {
    layout.table(
      [{ header: 'Action plan', width: 0.5 }, { header: 'Pairings', width: 0.25, align: 'right' }, { header: 'Share of pairings', width: 0.25, align: 'right' }],
      (['none', 'drafting', 'adopted'] as const).map((k) => [k, formatCount(d.actionPlans[k]), pct(d.actionPlans[k], ind.summary.pairings)]),
    );
    layout.table(
      [{ header: 'Figure', width: 0.7 }, { header: 'Value', width: 0.3, align: 'right' }],
      [
        ['Pilot projects', formatCount(d.pilotProjects)],
        ['Median duration (months)', d.medianDurationMonths === null ? 'n/a' : String(d.medianDurationMonths)],
      ],
    );
  });

  section('9. Activities');
  chartSection('activities-by-type', () =>
    layout.table(
      [{ header: 'Activity type', width: 0.5 }, { header: 'Activities', width: 0.25, align: 'right' }, { header: 'Participants', width: 0.25, align: 'right' }],
      d.activitiesByType.map((a) => [a.type, formatCount(a.activities), formatCount(a.participants)]),
    ),
  );

  section('10. Results');
  resultsSection(kit);
  section('11. Outcomes');
  outcomesSection(kit);
  section('12. Network');
  networkSection(kit);

  section('Annex A. Data quality');
  const warnings = ctx.data.warnings;
  if (warnings.length === 0) layout.text('The import that produced this dataset raised no warnings.');
  else {
    layout.text(`The import that produced this dataset raised ${formatCount(warnings.length)} warning(s). They did not stop the import; check whether they change a figure you rely on.`);
    layout.table(
      [{ header: 'Where', width: 0.38 }, { header: 'Warning', width: 0.62 }],
      warnings.slice(0, 500).map((w) => [formatIssue({ ...w, message: '' }).replace(/: $/, ''), w.message]),
    );
    if (warnings.length > 500) layout.text(`The first 500 of ${formatCount(warnings.length)} warnings are listed; the workbook's Data quality sheet lists them all.`, { size: 8.5, colour: COLOURS.muted });
  }
  // Decided here, after every other section, so the note covers all the text set before it.
  const cjkNoteAt = doc.bufferedPageRange().count - 1;
  const cjkNoteY = doc.y;

  section('Annex B. Provenance');
  layout.text(`Generated ${formatGeneratedAt(ctx.generatedAt)} by Twinlens from the files below (the import that produced the current dataset). The SHA-256 checksum identifies each file's exact bytes.`);
  if (ctx.data.sources.length === 0) layout.text('No source files are recorded for this dataset.');
  else
    layout.table(
      [{ header: 'File', width: 0.24 }, { header: 'SHA-256', width: 0.42 }, { header: 'Bytes', width: 0.12, align: 'right' }, { header: 'Rows read', width: 0.22 }],
      ctx.data.sources.map((s) => [s.name, s.sha256, formatCount(s.bytes), s.rows]),
    );
  layout.text(`Imported at ${ctx.data.sources[0]?.importedAt ?? 'unknown'} (UTC). Scope of this report: ${ctx.scopeText}.`, { size: 9 });

  section('Annex C. Pairings in scope');
  const pairings = ctx.data.pairings;
  if (pairings.count === 0) layout.text('There are no pairings in this scope.');
  else {
    layout.table(
      [{ header: 'Pairing', width: 0.12 }, { header: 'Members', width: 0.4 }, { header: 'Themes', width: 0.34 }, { header: 'Status', width: 0.14 }],
      pairings.head.slice(0, PDF_PAIRINGS).map((p) => [String(p.pairing_id), String(p.members ?? ''), String(p.themes ?? ''), String(p.status ?? '')]),
    );
    if (pairings.count > PDF_PAIRINGS) layout.text(`The first ${PDF_PAIRINGS} of ${formatCount(pairings.count)} pairings are listed; the workbook lists them all.`, { size: 8.5, colour: COLOURS.muted });
  }

  section('Annex D. Result indicator tracking table');
  trackingAnnex(kit);

  if (layout.missingCjk) {
    doc.switchToPage(cjkNoteAt);
    doc.y = cjkNoteY;
    layout.note('Fonts', 'Some names use Chinese, Japanese or Korean characters, but no CJK font (Noto Sans SC or KR, npm packages @expo-google-fonts/noto-sans-sc and -kr: run npm install) was found, so they show as empty boxes in this PDF. The workbook holds them intact.');
  }

  // Contents, with links and page numbers.
  doc.switchToPage(tocPage);
  doc.y = MARGIN.top + 40;
  for (const entry of toc) {
    const y = doc.y;
    doc.font('regular').fontSize(11).fillColor(COLOURS.text).text(entry.title, MARGIN.left, y, { width: CONTENT_WIDTH - 40, goTo: entry.destination });
    doc.text(String(entry.page), MARGIN.left + CONTENT_WIDTH - 40, y, { width: 40, align: 'right', goTo: entry.destination });
    doc.y = y + 22;
  }

  layout.finishPages(`${ctx.title} · ${ctx.scopeText}`);
  doc.end();
  return doc;
}
