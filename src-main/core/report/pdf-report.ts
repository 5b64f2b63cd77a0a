import type { ChartId } from '../../shared/charts/types.js';
import { type Headline, headlines, resultHeadlines } from '../../shared/headlines.js';
import { LANGUAGE_NAMES, type MessageValues, type ReportKey, type Translator, translator } from '../../shared/i18n/index.js';
import { issueLocation, issueMessage } from '../../shared/issues.js';
import { asOfRule, howMeasured, ratioRule, scopeRule } from '../../shared/methodology.js';
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

/** The catalogue keys of the section titles, in order. */
const SECTION_KEYS = [
  'report.section.summary',
  'report.section.regions',
  'report.section.regionFlow',
  'report.section.countryFlow',
  'report.section.themes',
  'report.section.themeOverlap',
  'report.section.stakeholders',
  'report.section.gcom',
  'report.section.delivery',
  'report.section.activities',
  'report.section.results',
  'report.section.outcomes',
  'report.section.network',
  'report.section.annexQuality',
  'report.section.annexProvenance',
  'report.section.annexPairings',
  'report.section.annexTracking',
] as const satisfies readonly ReportKey[];

/** Section titles in order in a language; tests look for each of them in the text of the PDF. */
export const pdfSections = (t: Translator = translator('en')): string[] => SECTION_KEYS.map((key) => t.t(key));

/** The English section titles. */
export const PDF_SECTIONS = pdfSections();

/** The section `report --by X` adds after the executive summary. */
export const comparisonTitle = (by: string, t: Translator = translator('en')) => t.t('report.section.comparison', { by: t.t(`report.grouping.${by}` as ReportKey) });

/** Builds the evaluation report; returns the pdfkit document, ended, for the caller to pipe. */
export function buildPdf(ctx: ReportContext): PDFKit.PDFDocument {
  const ind = ctx.data.indicators;
  const { t, f } = ctx;
  const w = (key: ReportKey, values?: MessageValues) => t.t(key, values);
  const sections = pdfSections(t);
  const layout = new PdfLayout(fontFiles(), { Title: ctx.title, Subject: w('report.pdf.subject', { scope: ctx.scopeText }) }, t.language);
  const { doc } = layout;
  const toc: TocEntry[] = [];
  const empty = ind.summary.pairings === 0;
  const pct = (part: number, whole: number) => (whole === 0 ? f.percent(0) : f.percent(part / whole));

  const section = (title: string) => {
    layout.newPage();
    const destination = `s${toc.length}`;
    doc.addNamedDestination(destination);
    toc.push({ title, page: doc.bufferedPageRange().count, destination });
    doc.outline.addItem(title);
    layout.heading(title);
  };
  const truncated = (shown: number, total: number, what: string) => {
    if (total > shown) layout.text(w('report.pdf.truncated', { shown, total, what }), { size: 8.5, colour: COLOURS.muted });
  };
  const howMeasuredNote = (text: string) => layout.note(w('report.howMeasured'), text);
  /** The height a chart section needs on its first page: its finding and its chart. */
  const chartStart = (id: ChartId) => {
    const rendered = ctx.charts.get(id)!;
    return layout.heightOf(rendered.chart.title, { size: 11.5, bold: true }) + 8 + layout.chartHeight(rendered.chart.size) + 8;
  };
  const chartSection = (id: ChartId, afterChart: () => void) => {
    const rendered = ctx.charts.get(id)!;
    // A finding printed at the foot of a page and its chart on the next read as two things.
    layout.ensureSpace(chartStart(id));
    layout.text(rendered.chart.title, { size: 11.5, bold: true, gap: 8 });
    layout.chart(rendered.svg, rendered.chart.size);
    afterChart();
    // From the chart's indicator ids, so the note is in the report's language whatever the chart's.
    howMeasuredNote(rendered.chart.indicators.length > 0 ? howMeasured(rendered.chart.indicators, t) : rendered.chart.howMeasured);
  };
  const figureColumns = [{ header: w('term.figure'), width: 0.7 }, { header: w('term.value'), width: 0.3, align: 'right' as const }];

  const kit: SectionKit = { layout, ctx, chartSection, chartStart, truncated, listLimit: PDF_LIST_LIMIT };

  // Cover.
  doc.rect(0, 0, A4.width, 250).fill(COLOURS.accent);
  doc.fillColor('#ffffff').font(layout.fontFor(ctx.title, true)).fontSize(26).text(ctx.title, MARGIN.left, 110, { width: CONTENT_WIDTH });
  doc.font('regular').fontSize(12).fillColor('#dce6f2').text(w('report.pdf.kind'), MARGIN.left, doc.y + 8, { width: CONTENT_WIDTH });
  doc.y = 300;
  const coverLine = (label: string, value: string) => {
    doc.font('bold').fontSize(10).fillColor(COLOURS.muted).text(label, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.font(layout.fontFor(value)).fontSize(12).fillColor(COLOURS.text).text(value, MARGIN.left, doc.y + 2, { width: CONTENT_WIDTH });
    doc.y += 14;
  };
  coverLine(w('term.programme'), ctx.programme ?? w('report.pdf.programmeNotRecorded'));
  coverLine(w('term.scope'), ctx.scopeText);
  coverLine(w('report.pdf.pairingsInScope'), f.count(ind.summary.pairings));
  coverLine(w('report.generated'), formatGeneratedAt(ctx.generatedAt, t));
  coverLine(w('report.sourceFiles'), ctx.data.sources.map((s) => s.name).join(', ') || w('report.pdf.noneRecorded'));
  coverLine(w('report.language'), LANGUAGE_NAMES[t.language]);
  if (empty) {
    doc.y += 10;
    doc.font('bold').fontSize(13).fillColor('#b42318').text(w('report.pdf.emptyTitle'), MARGIN.left, doc.y, { width: CONTENT_WIDTH });
    doc.font('regular').fontSize(10).fillColor(COLOURS.text).text(w('report.pdf.emptyCover'), { width: CONTENT_WIDTH });
  }
  doc.font('regular').fontSize(8.5).fillColor(COLOURS.muted).text(w('report.pdf.madeWith'), MARGIN.left, A4.height - 110, { width: CONTENT_WIDTH });

  // Contents, filled in once every section knows its page.
  layout.newPage();
  const tocPage = doc.bufferedPageRange().count - 1;
  layout.heading(w('report.pdf.contents'));

  section(sections[0]!);
  if (empty) layout.text(w('report.pdf.emptySummary'), { bold: true, colour: '#b42318' });
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
  keyFigures(headlines(ind, t));
  const results = resultHeadlines(ind, t);
  if (results.length > 0) {
    layout.heading(ind.scope.asOf ? w('report.resultsHeadingAsOf', { date: f.day(ind.scope.asOf) }) : w('report.resultsHeading'), 2);
    keyFigures(results);
  }
  layout.rule();
  layout.note(w('term.scope'), `${ctx.scopeText}. ${scopeRule(t)}`);
  layout.note(w('report.ratiosAndLists'), ratioRule(t));
  if (ind.scope.asOf) layout.note(w('report.asOf', { date: f.day(ind.scope.asOf) }), asOfRule(t));

  if (ctx.comparison) {
    section(comparisonTitle(ctx.comparison.by, t));
    comparisonSection(kit);
  }

  const region = (name: string) => t.label('region', name);
  section(sections[1]!);
  chartSection('pairings-by-region', () =>
    layout.table(
      [{ header: w('term.region'), width: 0.46 }, { header: w('term.pairings'), width: 0.18, align: 'right' }, { header: w('term.shareOfPairings'), width: 0.18, align: 'right' }, { header: w('term.entities'), width: 0.18, align: 'right' }],
      ind.pairingsByRegion.map((r) => [region(r.region), f.count(r.pairings), pct(r.pairings, ind.summary.pairings), f.count(r.entities)]),
    ),
  );

  const flowTable = (cells: typeof ind.regionMatrix, a: string, b: string, name: (v: string) => string, what: string) => {
    layout.table(
      [{ header: a, width: 0.38 }, { header: b, width: 0.38 }, { header: w('term.pairings'), width: 0.24, align: 'right' }],
      cells.slice(0, PDF_LIST_LIMIT).map((c) => [name(c.a), c.a === c.b ? w('report.pdf.within', { name: name(c.b) }) : name(c.b), f.count(c.pairings)]),
    );
    truncated(Math.min(PDF_LIST_LIMIT, cells.length), cells.length, what);
  };
  section(sections[2]!);
  chartSection('region-matrix', () => flowTable(ind.regionMatrix, w('report.pdf.regionA'), w('report.pdf.regionB'), region, w('report.pdf.what.regionPairs')));
  section(sections[3]!);
  chartSection('country-matrix', () => flowTable(ind.countryMatrix, w('report.pdf.countryA'), w('report.pdf.countryB'), (c) => c, w('report.pdf.what.countryPairs')));

  const theme = (name: string) => t.label('theme', name);
  section(sections[4]!);
  chartSection('themes', () => {
    layout.table(
      [{ header: w('term.theme'), width: 0.6 }, { header: w('term.pairings'), width: 0.2, align: 'right' }, { header: w('term.shareOfPairings'), width: 0.2, align: 'right' }],
      ind.themes.map((th) => [theme(th.theme), f.count(th.pairings), pct(th.pairings, ind.summary.pairings)]),
    );
    layout.text(w('report.pdf.multiTheme', { share: f.percent(ind.multiThemeShare) }), { size: 9.5 });
  });

  section(sections[5]!);
  chartSection('theme-overlap', () => {
    layout.table(
      [{ header: w('report.pdf.themeA'), width: 0.36 }, { header: w('report.pdf.themeB'), width: 0.36 }, { header: w('term.pairingsWithBoth'), width: 0.14, align: 'right' }, { header: 'Jaccard', width: 0.14, align: 'right' }],
      ind.themeOverlap.slice(0, PDF_LIST_LIMIT).map((o) => [theme(o.a), theme(o.b), f.count(o.pairings), f.ratio(o.jaccard)]),
    );
    truncated(Math.min(PDF_LIST_LIMIT, ind.themeOverlap.length), ind.themeOverlap.length, w('report.pdf.what.themePairs'));
  });

  const mix = ind.stakeholderMix;
  section(sections[6]!);
  chartSection('helix-mix', () => {
    layout.table(
      [{ header: w('term.helix'), width: 0.34 }, { header: w('term.organisations'), width: 0.22, align: 'right' }, { header: w('term.participants'), width: 0.22, align: 'right' }, { header: w('term.share'), width: 0.22, align: 'right' }],
      mix.byHelix.map((h) => [t.label('helix', h.helix), f.count(h.organisations), f.count(h.participants), f.percent(h.share)]),
    );
    layout.table(figureColumns, [
      [w('report.pdf.quadrupleHelixShare'), f.percent(mix.quadrupleHelixShare)],
      [w('methodology.stakeholderMix.meanHelixCoverage.label'), f.percent(mix.meanHelixCoverage)],
      [w('report.pdf.meanEvenness'), f.ratio(mix.meanEvenness)],
    ]);
  });

  const g = ind.gcom;
  section(sections[7]!);
  chartSection('gcom-by-region', () => {
    layout.table(
      [{ header: w('term.region'), width: 0.4 }, { header: w('term.entities'), width: 0.2, align: 'right' }, { header: w('term.signatories'), width: 0.2, align: 'right' }, { header: w('term.share'), width: 0.2, align: 'right' }],
      g.byRegion.map((r) => [region(r.region), f.count(r.entities), f.count(r.signatories), f.percent(r.share)]),
    );
    layout.table(figureColumns, [
      [w('report.entitiesInScope'), f.count(g.entities)],
      [w('methodology.gcom.signatories.label'), `${f.count(g.signatories)} (${f.percent(g.share)})`],
      [w('report.signatoriesWithPlan'), f.count(g.actionPlans)],
      [w('methodology.gcom.joinedDuringPairing.label'), f.count(g.joinedDuringPairing)],
    ]);
  });

  const d = ind.delivery;
  section(sections[8]!);
  chartSection('action-plans', () => {
    layout.table(
      [{ header: w('term.actionPlan'), width: 0.5 }, { header: w('term.pairings'), width: 0.25, align: 'right' }, { header: w('term.shareOfPairings'), width: 0.25, align: 'right' }],
      (['none', 'drafting', 'adopted'] as const).map((k) => [t.label('actionPlan', k), f.count(d.actionPlans[k]), pct(d.actionPlans[k], ind.summary.pairings)]),
    );
    layout.table(figureColumns, [
      [w('methodology.delivery.pilotProjects.label'), f.count(d.pilotProjects)],
      [w('methodology.delivery.medianDurationMonths.label'), d.medianDurationMonths === null ? w('headline.na') : f.amount(d.medianDurationMonths)],
    ]);
  });

  section(sections[9]!);
  chartSection('activities-by-type', () =>
    layout.table(
      [{ header: w('term.activityType'), width: 0.5 }, { header: w('term.activities'), width: 0.25, align: 'right' }, { header: w('term.participants'), width: 0.25, align: 'right' }],
      d.activitiesByType.map((a) => [t.label('activity', a.type), f.count(a.activities), f.count(a.participants)]),
    ),
  );

  section(sections[10]!);
  resultsSection(kit);
  section(sections[11]!);
  outcomesSection(kit);
  section(sections[12]!);
  networkSection(kit);

  section(sections[13]!);
  const warnings = ctx.data.warnings;
  if (warnings.length === 0) layout.text(w('report.pdf.noWarnings'));
  else {
    layout.text(w('report.pdf.warnings', { count: warnings.length }));
    layout.table(
      [{ header: w('report.pdf.where'), width: 0.38 }, { header: w('report.pdf.warning'), width: 0.62 }],
      warnings.slice(0, 500).map((issue) => [issueLocation(ctx.t, issue), issueMessage(ctx.t, issue)]),
    );
    if (warnings.length > 500) layout.text(w('report.pdf.warningsTruncated', { total: warnings.length }), { size: 8.5, colour: COLOURS.muted });
  }
  // Decided here, after every other section, so the note covers all the text set before it.
  const cjkNoteAt = doc.bufferedPageRange().count - 1;
  const cjkNoteY = doc.y;

  section(sections[14]!);
  layout.text(w('report.pdf.provenance', { generated: formatGeneratedAt(ctx.generatedAt, t) }));
  if (ctx.data.sources.length === 0) layout.text(w('report.pdf.noSources'));
  else
    layout.table(
      [{ header: w('term.file'), width: 0.24 }, { header: 'SHA-256', width: 0.42 }, { header: w('term.bytes'), width: 0.12, align: 'right' }, { header: w('report.pdf.rowsRead'), width: 0.22 }],
      ctx.data.sources.map((s) => [s.name, s.sha256, f.count(s.bytes), s.rows]),
    );
  layout.text(w('report.pdf.importedAt', { at: ctx.data.sources[0]?.importedAt ?? w('report.pdf.unknown'), scope: ctx.scopeText }), { size: 9 });

  section(sections[15]!);
  const pairings = ctx.data.pairings;
  if (pairings.count === 0) layout.text(w('report.pdf.emptyTitle'));
  else {
    layout.table(
      [{ header: w('term.pairing'), width: 0.12 }, { header: w('term.members'), width: 0.4 }, { header: w('term.themes'), width: 0.34 }, { header: w('term.status'), width: 0.14 }],
      pairings.head.slice(0, PDF_PAIRINGS).map((p) => [String(p.pairing_id), String(p.members ?? ''), String(p.themes ?? ''), p.status ? t.label('status', String(p.status)) : '']),
    );
    if (pairings.count > PDF_PAIRINGS) layout.text(w('report.pdf.pairingsTruncated', { shown: PDF_PAIRINGS, total: pairings.count }), { size: 8.5, colour: COLOURS.muted });
  }

  section(sections[16]!);
  trackingAnnex(kit);

  if (layout.missingCjk) {
    doc.switchToPage(cjkNoteAt);
    doc.y = cjkNoteY;
    layout.note(w('report.pdf.fonts'), w('report.pdf.missingCjk'));
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

  layout.finishPages(`${ctx.title} · ${ctx.scopeText}`, (page, pages) => w('report.pdf.page', { page, pages }));
  doc.end();
  return doc;
}
