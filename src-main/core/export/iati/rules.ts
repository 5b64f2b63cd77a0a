import { SDG_TARGETS } from '../../../shared/sdg-targets.js';
import { COUNTRY, ORGANISATION_TYPE, SECTOR } from './codelists.js';
import { registrationAgencyOf } from './identifiers.js';
import type { IssueKey } from '../../../shared/i18n/index.js';
import { type IssueArgs, type IssueText, issueText } from '../../../shared/issues.js';
import type { IatiActivity, IatiProblem, PercentageShare, ReportingOrg } from './model.js';
import { problem } from './problem.js';

/**
 * The rules of the IATI Standard ruleset (docs/iati/rulesets/standard.json, version 2.03)
 * that Twinlens checks itself on the activities it is about to write, beyond what the schema
 * checks, with what is checked. Twinlens treats every one as an error, warnings of the
 * ruleset included: a file it writes is meant to pass all of them.
 */
export const CHECKED_RULES: ReadonlyArray<{ id: string; checks: string }> = [
  { id: '1.1.3', checks: 'the activity identifier differs from the reporting-org ref' },
  { id: '1.1.21', checks: 'the activity identifier starts with the reporting-org ref and a hyphen' },
  { id: '1.3.1', checks: 'the activity identifier has no whitespace at all (stricter: none inside either)' },
  { id: '1.3.13', checks: 'the activity identifier holds none of / & | ?' },
  { id: '1.14.1', checks: 'the reporting-org ref has no whitespace' },
  { id: '1.14.8', checks: 'the reporting-org ref starts with an active OrganisationRegistrationAgency code and a hyphen' },
  { id: '1.14.13', checks: 'the reporting-org ref holds none of / & | ?' },
  { id: '4.1.1', checks: 'every activity declares xml:lang (the writer always writes "en")' },
  { id: '4.3.1', checks: 'every title (activity and result) has non-empty narrative text' },
  { id: '4.4.1', checks: 'every activity description has non-empty narrative text' },
  { id: '7.8.1', checks: 'every activity declares default-currency (the writer always writes "EUR")' },
  { id: '6.2.2', checks: 'every activity has at least one sector at activity level' },
  { id: '2.1.1', checks: 'several sectors each carry a percentage' },
  { id: '2.1.2', checks: 'sector percentages sum to exactly 100' },
  { id: '2.1.4', checks: 'a single sector is 100 %' },
  { id: '12.3.1', checks: 'each sector percentage is between 0 and 100' },
  { id: '3.1.1', checks: 'several recipient countries each carry a percentage' },
  { id: '3.1.2', checks: 'recipient country percentages sum to exactly 100' },
  { id: '3.1.4', checks: 'a single recipient country is 100 %' },
  { id: '12.1.1', checks: 'each recipient country percentage is between 0 and 100' },
  { id: '6.10.1', checks: 'every participating-org has a ref or a non-empty narrative' },
  { id: '6.11.1', checks: 'every activity has a planned (1) or actual (2) start date' },
  { id: '11.1.1', checks: 'last-updated-datetime is not in the future' },
  { id: '11.1.2', checks: 'the planned start is not after the planned end' },
  { id: '11.1.3', checks: 'the actual start is not after the actual end' },
  { id: '11.1.4', checks: 'the actual start date is not in the future' },
  { id: '11.1.5', checks: 'the actual end date is not in the future' },
  { id: '8.6.1', checks: 'every result period starts on or before its end' },
  { id: '8.8.1', checks: 'a baseline of a numeric measure (1, 2) has a value' },
  { id: '8.8.2', checks: 'that value is a plain decimal number' },
  { id: '8.8.3', checks: 'a baseline of a qualitative measure (5) has no value' },
  { id: '8.9.1', checks: 'a target of a numeric measure has a value' },
  { id: '8.9.2', checks: 'that value is a plain decimal number' },
  { id: '8.9.3', checks: 'a target of a qualitative measure has no value' },
  { id: '8.10.1', checks: 'an actual of a numeric measure has a value' },
  { id: '8.10.2', checks: 'that value is a plain decimal number' },
  { id: '8.10.3', checks: 'an actual of a qualitative measure has no value' },
  { id: '8.11.1', checks: 'a reference is written on the indicator only, never also on its result' },
];

/** Codelist checks: every code written is in the 2.03 codelist it comes from, and not withdrawn. */
export const CHECKED_CODELISTS: readonly string[] = ['OrganisationRegistrationAgency (reporting-org ref prefix)', 'OrganisationType', 'Country', 'Sector (DAC 5-digit, vocabulary 1)', 'UNSDG-Targets (tag vocabulary 3)'];

const FORBIDDEN = /[/&|?]/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const SDG = new Set(SDG_TARGETS.map((t) => t.target));

/** What is wrong with the reporting organisation the user gave: errors, each naming the option to fix. */
export function checkReportingOrg(org: ReportingOrg): IatiProblem[] {
  const problems: IatiProblem[] = [];
  const error = (rule: string | null, key: IssueKey, args: IssueArgs = {}) => problems.push(problem('error', rule, 'reporting organisation', issueText(key, args)));
  const ref = org.ref;
  if (ref.trim() === '') error('1.14.8', 'issue.iati.org.refEmpty');
  else if (/\s/.test(ref)) error('1.14.1', 'issue.iati.org.refWhitespace', { ref });
  else if (FORBIDDEN.test(ref)) error('1.14.13', 'issue.iati.org.refForbidden', { ref });
  else {
    const agency = registrationAgencyOf(ref);
    if (agency === null) error('1.14.8', 'issue.iati.org.refNoPrefix', { ref });
    else if (!agency.active) error('1.14.8', 'issue.iati.org.refWithdrawn', { ref, agency: agency.code });
  }
  if (!ORGANISATION_TYPE.get(org.type)?.active) {
    error(null, 'issue.iati.org.typeUnknown', { type: org.type, codes: [...ORGANISATION_TYPE.entries()].filter(([, i]) => i.active).map(([c, i]) => `${c} (${i.name})`).join(', ') });
  }
  if (org.name.trim() === '') error('4.3.1', 'issue.iati.org.nameEmpty');
  return problems;
}

function checkShares(shares: readonly PercentageShare[], what: 'sector' | 'country', rules: { each: string; sum: string; single: string; range: string }, fail: (rule: string, text: IssueText) => void) {
  if (shares.length > 1 && shares.some((s) => !Number.isInteger(s.hundredths))) fail(rules.each, issueText('issue.iati.shareMissing', { what }));
  const sum = shares.reduce((total, s) => total + s.hundredths, 0);
  if (shares.length > 1 && sum !== 10_000) fail(rules.sum, issueText('issue.iati.shareSum', { what, sum: sum / 100 }));
  if (shares.length === 1 && shares[0]!.hundredths !== 10_000) fail(rules.single, issueText('issue.iati.shareSingle', { what, share: shares[0]!.hundredths / 100 }));
  for (const s of shares) if (s.hundredths < 0 || s.hundredths > 10_000) fail(rules.range, issueText('issue.iati.shareRange', { what, code: s.code, share: s.hundredths / 100 }));
}

/**
 * Checks the activities against CHECKED_RULES and CHECKED_CODELISTS before a byte is written.
 * The mapping is built to pass them all, so a problem here means data the mapping could not
 * mend; each names the activity it is in.
 */
export function checkActivities(activities: readonly IatiActivity[], org: ReportingOrg, today: string, lastUpdated: string): IatiProblem[] {
  const problems: IatiProblem[] = [];
  const seen = new Set<string>();
  if (lastUpdated.slice(0, 10) > today) problems.push(problem('error', '11.1.1', null, issueText('issue.iati.lastUpdateFuture', { lastUpdated })));
  for (const a of activities) {
    const fail = (rule: string | null, text: IssueText) => problems.push(problem('error', rule, a.label, issueText('issue.iati.activity', { label: a.label, problem: text })));
    const say = (rule: string | null, key: IssueKey, args: IssueArgs = {}) => fail(rule, issueText(key, args));
    const id = a.identifier;
    if (seen.has(id)) say(null, 'issue.iati.idDuplicate', { id });
    seen.add(id);
    if (id === org.ref) say('1.1.3', 'issue.iati.idIsOrgRef');
    if (!id.startsWith(`${org.ref}-`)) say('1.1.21', 'issue.iati.idPrefix', { id, ref: org.ref });
    if (/\s/.test(id)) say('1.3.1', 'issue.iati.idWhitespace', { id });
    if (FORBIDDEN.test(id)) say('1.3.13', 'issue.iati.idForbidden', { id });
    if (a.title.trim() === '') say('4.3.1', 'issue.iati.titleEmpty');
    if (a.description.trim() === '') say('4.4.1', 'issue.iati.descriptionEmpty');
    if (a.sectors.length === 0) say('6.2.2', 'issue.iati.noSector');
    checkShares(a.sectors, 'sector', { each: '2.1.1', sum: '2.1.2', single: '2.1.4', range: '12.3.1' }, fail);
    checkShares(a.recipientCountries, 'country', { each: '3.1.1', sum: '3.1.2', single: '3.1.4', range: '12.1.1' }, fail);
    for (const s of a.sectors) if (!SECTOR.get(s.code)?.active) say(null, 'issue.iati.sectorInactive', { code: s.code });
    for (const c of a.recipientCountries) if (!COUNTRY.get(c.code)?.active) say(null, 'issue.iati.countryInactive', { code: c.code });
    for (const t of a.sdgTargets) if (!SDG.has(t)) say(null, 'issue.iati.sdgUnknown', { target: t });
    for (const o of a.participatingOrgs) {
      if ((o.ref ?? '').trim() === '' && o.name.trim() === '') say('6.10.1', 'issue.iati.orgNoRefName');
      if (o.type !== null && !ORGANISATION_TYPE.get(o.type)?.active) say(null, 'issue.iati.orgTypeUnknown', { type: o.type });
    }
    const dates = (type: string) => a.dates.filter((d) => d.type === type).map((d) => d.isoDate);
    if (dates('1').length + dates('2').length === 0) say('6.11.1', 'issue.iati.noStart');
    for (const s of dates('1')) for (const e of dates('3')) if (s > e) say('11.1.2', 'issue.iati.plannedOrder', { start: s, end: e });
    for (const s of dates('2')) for (const e of dates('4')) if (s > e) say('11.1.3', 'issue.iati.actualOrder', { start: s, end: e });
    for (const s of dates('2')) if (s > today) say('11.1.4', 'issue.iati.actualStartFuture', { start: s });
    for (const e of dates('4')) if (e > today) say('11.1.5', 'issue.iati.actualEndFuture', { end: e });
    for (const r of a.results) {
      if (r.title.trim() === '' || r.indicator.title.trim() === '') say('4.3.1', 'issue.iati.resultUntitled');
      const numeric = r.indicator.measure !== '5';
      const checkValue = (value: string | null, rules: [string, string, string], what: IssueText) => {
        if (numeric && value === null) say(rules[0], 'issue.iati.valueMissing', { what, title: r.title });
        if (numeric && value !== null && !DECIMAL.test(value)) say(rules[1], 'issue.iati.valueNotNumber', { what, title: r.title, value });
        if (!numeric && value !== null) say(rules[2], 'issue.iati.valueQualitative', { what, title: r.title });
      };
      if (r.indicator.baseline) checkValue(r.indicator.baseline.value, ['8.8.1', '8.8.2', '8.8.3'], issueText('issue.iati.baseline'));
      for (const p of r.indicator.periods) {
        if (p.start > p.end) say('8.6.1', 'issue.iati.periodOrder', { title: r.title, start: p.start, end: p.end });
        for (const t of p.targets) checkValue(t.value, ['8.9.1', '8.9.2', '8.9.3'], issueText('issue.iati.targetFor', { start: p.start }));
        for (const v of p.actuals) checkValue(v.value, ['8.10.1', '8.10.2', '8.10.3'], issueText('issue.iati.actualFor', { start: p.start }));
      }
    }
  }
  return problems;
}
