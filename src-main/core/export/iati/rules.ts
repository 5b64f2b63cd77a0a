import { SDG_TARGETS } from '../../../shared/sdg-targets.js';
import { COUNTRY, ORGANISATION_TYPE, SECTOR } from './codelists.js';
import { registrationAgencyOf } from './identifiers.js';
import type { IatiActivity, IatiProblem, PercentageShare, ReportingOrg } from './model.js';

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
  const error = (rule: string | null, message: string) => problems.push({ severity: 'error', rule, subject: 'reporting organisation', message });
  if (org.ref.trim() === '') error('1.14.8', 'the reporting organisation ref is empty: give your IATI organisation identifier, such as XI-IATI-EC_INTPA or XM-DAC-918-3.');
  else if (/\s/.test(org.ref)) error('1.14.1', `the reporting organisation ref "${org.ref}" holds whitespace: an IATI organisation identifier has none.`);
  else if (FORBIDDEN.test(org.ref)) error('1.14.13', `the reporting organisation ref "${org.ref}" holds one of / & | ?, which IATI identifiers must not contain.`);
  else {
    const agency = registrationAgencyOf(org.ref);
    if (agency === null) error('1.14.8', `the reporting organisation ref "${org.ref}" does not start with a registered prefix (an OrganisationRegistrationAgency code and a hyphen, such as XI-IATI- or XM-DAC-): see org-id.guide for your organisation's identifier.`);
    else if (!agency.active) error('1.14.8', `the reporting organisation ref "${org.ref}" starts with ${agency.code}, a registration agency IATI has withdrawn: use your organisation's current identifier.`);
  }
  if (!ORGANISATION_TYPE.get(org.type)?.active) error(null, `the reporting organisation type "${org.type}" is not an OrganisationType code: use one of ${[...ORGANISATION_TYPE.entries()].filter(([, i]) => i.active).map(([c, i]) => `${c} (${i.name})`).join(', ')}.`);
  if (org.name.trim() === '') error('4.3.1', 'the reporting organisation name is empty: give the name of the organisation publishing the file.');
  return problems;
}

function checkShares(shares: readonly PercentageShare[], what: 'sector' | 'recipient country', rules: { each: string; sum: string; single: string; range: string }, fail: (rule: string, message: string) => void) {
  if (shares.length > 1 && shares.some((s) => !Number.isInteger(s.hundredths))) fail(rules.each, `a ${what} has no percentage`);
  const sum = shares.reduce((total, s) => total + s.hundredths, 0);
  if (shares.length > 1 && sum !== 10_000) fail(rules.sum, `its ${what} percentages sum to ${sum / 100}, not 100`);
  if (shares.length === 1 && shares[0]!.hundredths !== 10_000) fail(rules.single, `its single ${what} is ${shares[0]!.hundredths / 100} %, not 100`);
  for (const s of shares) if (s.hundredths < 0 || s.hundredths > 10_000) fail(rules.range, `${what} ${s.code} is ${s.hundredths / 100} %, outside 0-100`);
}

/**
 * Checks the activities against CHECKED_RULES and CHECKED_CODELISTS before a byte is written.
 * The mapping is built to pass them all, so a problem here means data the mapping could not
 * mend; each names the activity it is in.
 */
export function checkActivities(activities: readonly IatiActivity[], org: ReportingOrg, today: string, lastUpdated: string): IatiProblem[] {
  const problems: IatiProblem[] = [];
  const seen = new Set<string>();
  if (lastUpdated.slice(0, 10) > today) problems.push({ severity: 'error', rule: '11.1.1', subject: null, message: `the data's last update (${lastUpdated}) is in the future: check the computer's clock.` });
  for (const a of activities) {
    const fail = (rule: string | null, message: string) => problems.push({ severity: 'error', rule, subject: a.label, message: `${a.label}: ${message}.` });
    const id = a.identifier;
    if (seen.has(id)) fail(null, `its identifier ${id} is used by another activity of the file`);
    seen.add(id);
    if (id === org.ref) fail('1.1.3', 'its identifier equals the reporting organisation ref');
    if (!id.startsWith(`${org.ref}-`)) fail('1.1.21', `its identifier ${id} does not start with ${org.ref}-`);
    if (/\s/.test(id)) fail('1.3.1', `its identifier "${id}" holds whitespace`);
    if (FORBIDDEN.test(id)) fail('1.3.13', `its identifier "${id}" holds one of / & | ?`);
    if (a.title.trim() === '') fail('4.3.1', 'its title is empty');
    if (a.description.trim() === '') fail('4.4.1', 'its description is empty');
    if (a.sectors.length === 0) fail('6.2.2', 'it has no sector');
    checkShares(a.sectors, 'sector', { each: '2.1.1', sum: '2.1.2', single: '2.1.4', range: '12.3.1' }, fail);
    checkShares(a.recipientCountries, 'recipient country', { each: '3.1.1', sum: '3.1.2', single: '3.1.4', range: '12.1.1' }, fail);
    for (const s of a.sectors) if (!SECTOR.get(s.code)?.active) fail(null, `sector ${s.code} is not an active code of IATI's Sector codelist`);
    for (const c of a.recipientCountries) if (!COUNTRY.get(c.code)?.active) fail(null, `recipient country ${c.code} is not an active code of IATI's Country codelist`);
    for (const t of a.sdgTargets) if (!SDG.has(t)) fail(null, `SDG target ${t} is not in the UNSDG-Targets codelist`);
    for (const o of a.participatingOrgs) {
      if ((o.ref ?? '').trim() === '' && o.name.trim() === '') fail('6.10.1', 'a participating organisation has neither a ref nor a name');
      if (o.type !== null && !ORGANISATION_TYPE.get(o.type)?.active) fail(null, `participating organisation type ${o.type} is not an OrganisationType code`);
    }
    const dates = (type: string) => a.dates.filter((d) => d.type === type).map((d) => d.isoDate);
    if (dates('1').length + dates('2').length === 0) fail('6.11.1', 'it has neither a planned nor an actual start date');
    for (const s of dates('1')) for (const e of dates('3')) if (s > e) fail('11.1.2', `its planned start ${s} is after its planned end ${e}`);
    for (const s of dates('2')) for (const e of dates('4')) if (s > e) fail('11.1.3', `its actual start ${s} is after its actual end ${e}`);
    for (const s of dates('2')) if (s > today) fail('11.1.4', `its actual start ${s} is in the future`);
    for (const e of dates('4')) if (e > today) fail('11.1.5', `its actual end ${e} is in the future`);
    for (const r of a.results) {
      if (r.title.trim() === '' || r.indicator.title.trim() === '') fail('4.3.1', 'a result has an empty title');
      const numeric = r.indicator.measure !== '5';
      const checkValue = (value: string | null, rules: [string, string, string], what: string) => {
        if (numeric && value === null) fail(rules[0], `${what} of result "${r.title}" has no value`);
        if (numeric && value !== null && !DECIMAL.test(value)) fail(rules[1], `${what} of result "${r.title}" is "${value}", not a plain number`);
        if (!numeric && value !== null) fail(rules[2], `${what} of qualitative result "${r.title}" has a value`);
      };
      if (r.indicator.baseline) checkValue(r.indicator.baseline.value, ['8.8.1', '8.8.2', '8.8.3'], 'the baseline');
      for (const p of r.indicator.periods) {
        if (p.start > p.end) fail('8.6.1', `a period of result "${r.title}" starts (${p.start}) after it ends (${p.end})`);
        for (const t of p.targets) checkValue(t.value, ['8.9.1', '8.9.2', '8.9.3'], `the target for ${p.start}`);
        for (const v of p.actuals) checkValue(v.value, ['8.10.1', '8.10.2', '8.10.3'], `the actual for ${p.start}`);
      }
    }
  }
  return problems;
}
