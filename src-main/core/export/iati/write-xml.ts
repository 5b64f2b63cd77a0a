import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createCB } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces.js';
import type { IatiActivity, IatiResult, ReportingOrg, ResultValue } from './model.js';
import { percentText } from './shares.js';

export interface XmlTimes {
  /** iati-activities/@generated-datetime: now. */
  generated: string;
  /** iati-activity/@last-updated-datetime: when the data last changed. */
  lastUpdated: string;
}

function narrative(parent: XMLBuilderCB, element: string, text: string): void {
  parent.ele(element).ele('narrative').txt(text).up().up();
}

function resultValue(x: XMLBuilderCB, element: 'target' | 'actual', v: ResultValue): void {
  const el = x.ele(element);
  if (v.value !== null) el.att('value', v.value);
  if (v.comment !== null) narrative(el, 'comment', v.comment);
  el.up();
}

function writeResult(x: XMLBuilderCB, r: IatiResult): void {
  const result = x.ele('result').att('type', r.type);
  if (r.aggregationStatus !== null) result.att('aggregation-status', r.aggregationStatus ? '1' : '0');
  narrative(result, 'title', r.title);
  const i = r.indicator;
  const indicator = result.ele('indicator').att('measure', i.measure);
  if (i.ascending !== null) indicator.att('ascending', i.ascending ? '1' : '0');
  narrative(indicator, 'title', i.title);
  if (i.reference !== null) indicator.ele('reference').att('vocabulary', '99').att('code', i.reference).up();
  if (i.baseline) {
    const b = indicator.ele('baseline').att('year', String(i.baseline.year));
    if (i.baseline.isoDate !== null) b.att('iso-date', i.baseline.isoDate);
    if (i.baseline.value !== null) b.att('value', i.baseline.value);
    b.up();
  }
  for (const p of i.periods) {
    const period = indicator.ele('period');
    period.ele('period-start').att('iso-date', p.start).up();
    period.ele('period-end').att('iso-date', p.end).up();
    for (const t of p.targets) resultValue(period, 'target', t);
    for (const a of p.actuals) resultValue(period, 'actual', a);
    period.up();
  }
  indicator.up();
  result.up();
}

/** One iati-activity, its children in the order the schema fixes. */
function writeActivity(x: XMLBuilderCB, a: IatiActivity, org: ReportingOrg, times: XmlTimes): void {
  const el = x
    .ele('iati-activity')
    .att('xml:lang', 'en')
    .att('default-currency', 'EUR')
    .att('last-updated-datetime', times.lastUpdated)
    .att('hierarchy', String(a.hierarchy));
  el.ele('iati-identifier').txt(a.identifier).up();
  const reporting = el.ele('reporting-org').att('ref', org.ref).att('type', org.type);
  reporting.ele('narrative').txt(org.name).up();
  reporting.up();
  narrative(el, 'title', a.title);
  const description = el.ele('description').att('type', '1');
  description.ele('narrative').txt(a.description).up();
  description.up();
  for (const o of a.participatingOrgs) {
    const p = el.ele('participating-org');
    if (o.ref !== null) p.att('ref', o.ref);
    p.att('role', o.role);
    if (o.type !== null) p.att('type', o.type);
    p.ele('narrative').txt(o.name).up();
    p.up();
  }
  el.ele('activity-status').att('code', a.status).up();
  for (const d of a.dates) el.ele('activity-date').att('iso-date', d.isoDate).att('type', d.type).up();
  for (const c of a.recipientCountries) el.ele('recipient-country').att('code', c.code).att('percentage', percentText(c.hundredths)).up();
  for (const s of a.sectors) el.ele('sector').att('vocabulary', '1').att('code', s.code).att('percentage', percentText(s.hundredths)).up();
  for (const t of a.sdgTargets) el.ele('tag').att('vocabulary', '3').att('code', t).up();
  for (const r of a.related) el.ele('related-activity').att('ref', r.ref).att('type', r.type).up();
  for (const r of a.results) writeResult(el, r);
  el.up();
}

/**
 * Streams the activities as an IATI 2.03 activities file to `path` through xmlbuilder2's
 * callback writer (escaping and invalid XML characters handled by the library), waiting for
 * the disk between activities so a large programme is never held as one string.
 */
export async function writeIatiXml(path: string, activities: readonly IatiActivity[], org: ReportingOrg, times: XmlTimes): Promise<void> {
  const file = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => file.once('error', reject));
  failed.catch(() => undefined);
  const x = createCB({ data: (chunk: string) => void file.write(chunk), prettyPrint: true, indent: '  ', invalidCharReplacement: '' });
  x.dec({ version: '1.0', encoding: 'UTF-8' });
  x.com(' Written by Twinlens: IATI activity XML 2.03 (IATI Standard, http://iatistandard.org/) ');
  const root = x.ele('iati-activities').att('version', '2.03').att('generated-datetime', times.generated);
  for (const a of activities) {
    writeActivity(root, a, org, times);
    if (file.writableNeedDrain) await Promise.race([once(file, 'drain'), failed]);
  }
  root.up();
  x.end();
  file.end();
  // 'close': written and the descriptor released, so the rename that follows sees it all.
  await Promise.race([once(file, 'close'), failed]);
}
