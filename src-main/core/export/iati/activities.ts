import { issueText } from '../../../shared/issues.js';
import { problem } from './problem.js';
import { SDG_TARGETS } from '../../../shared/sdg-targets.js';
import { COUNTRY } from './codelists.js';
import { EUROPE, LOCAL_GOVERNMENT, LOCAL_GOVERNMENT_KINDS, PAIRING_STATUS, ROLE_FUNDING, ROLE_IMPLEMENTING, sectorOfTheme } from './codes.js';
import { claimIdentifier, identifierPart } from './identifiers.js';
import type { IatiData, IatiIndicator, IatiMember, IatiOutcome, IatiPairing, IatiValue } from './iati-data.js';
import type { ActivityDate, IatiActivity, IatiProblem, ParticipatingOrg, PercentageShare, ReportingOrg } from './model.js';
import { indicatorResult, outcomesResult } from './results.js';
import { equalShares, weightedShares } from './shares.js';

const SDG_ORDER = new Map(SDG_TARGETS.map((t, i) => [t.target, i]));
const PROGRAMME_WITHOUT_NAME = 'Pairings without a programme';

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const distinct = <T>(items: readonly T[]) => [...new Set(items)];
const shareList = (codes: readonly string[]): PercentageShare[] => equalShares(codes).map((s) => ({ code: s.key, hundredths: s.hundredths }));
const splitTargets = (text: string | null) => (text ?? '').split(/[;,]/).map((t) => t.trim()).filter((t) => SDG_ORDER.has(t));
const sdgSorted = (codes: Iterable<string>) => [...new Set(codes)].sort((a, b) => SDG_ORDER.get(a)! - SDG_ORDER.get(b)!);

/** The sum of each code's share over several activities, split again so that it sums to 100. */
function pooledShares(lists: ReadonlyArray<readonly PercentageShare[]>): PercentageShare[] {
  const weights = new Map<string, number>();
  for (const list of lists) for (const s of list) weights.set(s.code, (weights.get(s.code) ?? 0) + s.hundredths);
  const items = [...weights.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, weight]) => ({ key, weight }));
  return weightedShares(items).map((s) => ({ code: s.key, hundredths: s.hundredths }));
}

interface Context {
  org: ReportingOrg;
  today: string;
  problems: IatiProblem[];
  used: Set<string>;
}

interface PairingParts {
  members: IatiMember[];
  themes: string[];
  indicators: IatiIndicator[];
  values: Map<string, IatiValue[]>;
  outcomes: IatiOutcome[];
}

function pairingLabel(p: IatiPairing): string {
  return p.title?.trim() ? `pairing ${p.pairing_id} ("${p.title.trim()}")` : `pairing ${p.pairing_id}`;
}

/** Recipient countries: the members' outside Europe, or all of theirs when every one is in Europe. */
function recipientCountries(members: readonly IatiMember[], label: string, ctx: Context): PercentageShare[] {
  const partners = members.filter((m) => m.region.trim().toLowerCase() !== EUROPE);
  const countries = distinct((partners.length > 0 ? partners : members).map((m) => m.country.trim().toUpperCase()));
  const known = countries.filter((c) => COUNTRY.get(c)?.active);
  for (const c of countries.filter((x) => !known.includes(x))) {
    ctx.problems.push(problem('warning', null, label, issueText('issue.iati.countryUnknown', { label, country: c })));
  }
  return shareList(known);
}

function pairingDates(p: IatiPairing, status: '1' | '2' | '4', programmeStart: string | null, label: string, ctx: Context): ActivityDate[] {
  const dates: ActivityDate[] = [];
  let start = p.start_date;
  if (start === null) {
    if (programmeStart !== null) {
      ctx.problems.push(problem('warning', '6.11.1', label, issueText('issue.iati.startAssumed', { label, start: programmeStart })));
      dates.push({ type: '1', isoDate: programmeStart });
      start = programmeStart;
    }
  } else dates.push({ type: start <= ctx.today ? '2' : '1', isoDate: start });
  const end = p.end_date;
  if (end !== null) {
    if (start !== null && end < start) {
      ctx.problems.push(problem('warning', '11.1.3', label, issueText('issue.iati.endBeforeStart', { label, end, start })));
    } else if (status === '4' && end > ctx.today) {
      ctx.problems.push(problem('warning', '11.1.5', label, issueText('issue.iati.completedFutureEnd', { label, end })));
      dates.push({ type: '3', isoDate: end });
    } else dates.push({ type: status === '4' ? '4' : '3', isoDate: end });
  }
  return dates;
}

function pairingActivity(p: IatiPairing, parts: PairingParts, programmeId: string, programmeStart: string | null, ctx: Context): IatiActivity {
  const label = pairingLabel(p);
  const status = PAIRING_STATUS[p.status ?? ''] ?? (p.start_date !== null && p.start_date <= ctx.today ? '2' : '1');
  const names = parts.members.map((m) => m.name.trim()).filter(Boolean);
  const title = p.title?.trim() || names.join(' - ') || `Pairing ${p.pairing_id}`;
  const countries = distinct(parts.members.map((m) => m.country.trim().toUpperCase()));
  const description = [
    `City-to-city cooperation pairing ${p.pairing_id}${p.programme?.trim() ? ` of ${p.programme.trim()}` : ''}.`,
    names.length > 0 ? `Members: ${parts.members.map((m) => `${m.name.trim()} (${m.country.trim().toUpperCase()})`).join(', ')}.` : 'No members recorded.',
    countries.length > 0 ? `Countries: ${countries.join(', ')}.` : '',
    parts.themes.length > 0 ? `Themes: ${distinct(parts.themes.map((t) => t.trim())).join('; ')}.` : 'No themes recorded.',
  ].filter(Boolean).join(' ');
  const participatingOrgs: ParticipatingOrg[] = parts.members.map((m) => ({
    ref: null,
    type: LOCAL_GOVERNMENT_KINDS.has(m.kind.trim().toLowerCase()) ? LOCAL_GOVERNMENT : null,
    role: ROLE_IMPLEMENTING,
    name: m.name.trim() || m.entity_id,
  }));
  if (participatingOrgs.length === 0) {
    // The schema needs one participating-org: the funder stands in, and the user hears why.
    participatingOrgs.push({ ref: ctx.org.ref, type: ctx.org.type, role: ROLE_FUNDING, name: ctx.org.name });
    ctx.problems.push(problem('warning', null, label, issueText('issue.iati.noMembers', { label })));
  }
  const sdgTargets = sdgSorted([...parts.indicators.flatMap((i) => splitTargets(i.sdg_targets)), ...parts.outcomes.flatMap((o) => splitTargets(o.sdg_targets))]);
  const results = parts.indicators.map((i) => indicatorResult(p, i, parts.values.get(i.indicator_id) ?? [], label, ctx.problems));
  const harvested = outcomesResult(parts.outcomes);
  if (harvested) results.push(harvested);
  return {
    hierarchy: 2,
    identifier: claimIdentifier(ctx.used, `${programmeId}-${identifierPart(p.pairing_id)}`),
    label,
    title,
    description,
    participatingOrgs,
    status,
    dates: pairingDates(p, status, programmeStart, label, ctx),
    recipientCountries: recipientCountries(parts.members, label, ctx),
    sectors: shareList(distinct((parts.themes.length > 0 ? parts.themes : ['']).map(sectorOfTheme))),
    sdgTargets,
    related: [{ ref: programmeId, type: '1' }],
    results,
  };
}

function programmeDates(children: readonly IatiActivity[], status: '1' | '2' | '4', today: string): ActivityDate[] {
  const starts = children.flatMap((c) => c.dates.filter((d) => d.type === '1' || d.type === '2').map((d) => d.isoDate)).sort();
  const ends = children.map((c) => c.dates.find((d) => d.type === '3' || d.type === '4')?.isoDate ?? null);
  const dates: ActivityDate[] = [];
  if (starts.length > 0) dates.push({ type: starts[0]! <= today ? '2' : '1', isoDate: starts[0]! });
  // The programme ends with its last pairing, known only when every pairing has an end.
  if (ends.length > 0 && ends.every((e) => e !== null)) {
    const last = (ends as string[]).sort().at(-1)!;
    dates.push({ type: status === '4' && last <= today ? '4' : '3', isoDate: last });
  }
  return dates;
}

/**
 * The activities of the file (docs/iati.md, "Mapping"): per programme in scope, its
 * hierarchy-1 activity followed by its pairings' hierarchy-2 activities, programmes and
 * pairings in the order of their names, so identifiers and the file are the same each run
 * of the same data. Problems in the data are added to `problems`.
 */
export function buildActivities(data: IatiData, org: ReportingOrg, today: string, problems: IatiProblem[]): IatiActivity[] {
  const ctx: Context = { org, today, problems, used: new Set([org.ref]) };
  const members = groupBy(data.members, (m) => m.pairing_id);
  const themes = groupBy(data.themes, (t) => t.pairing_id);
  const indicators = groupBy(data.indicators, (i) => i.pairing_id);
  const values = groupBy(data.values, (v) => v.indicator_id);
  const outcomes = groupBy(data.outcomes, (o) => o.pairing_id);
  const programmes = groupBy(data.pairings, (p) => p.programme?.trim() || PROGRAMME_WITHOUT_NAME);
  const activities: IatiActivity[] = [];
  for (const [name, pairings] of programmes) {
    const label = `programme ${name}`;
    const programmeId = claimIdentifier(ctx.used, `${org.ref}-${identifierPart(name === PROGRAMME_WITHOUT_NAME ? 'programme' : name)}`);
    const realStarts = pairings.map((p) => p.start_date).filter((d): d is string => d !== null).sort();
    const programmeStart = realStarts[0] ?? null;
    if (programmeStart === null) {
      problems.push(problem('error', '6.11.1', label, issueText('issue.iati.programmeNoStart', { label, count: pairings.length })));
    }
    if (name === PROGRAMME_WITHOUT_NAME) {
      problems.push(problem('warning', null, label, issueText('issue.iati.withoutProgramme', { count: pairings.length, title: PROGRAMME_WITHOUT_NAME })));
    }
    const children = pairings.map((p) =>
      pairingActivity(
        p,
        {
          members: members.get(p.pairing_id) ?? [],
          themes: (themes.get(p.pairing_id) ?? []).map((t) => t.theme),
          indicators: indicators.get(p.pairing_id) ?? [],
          values,
          outcomes: outcomes.get(p.pairing_id) ?? [],
        },
        programmeId,
        programmeStart,
        ctx,
      ),
    );
    const status: '1' | '2' | '4' = children.some((c) => c.status === '2') ? '2' : children.every((c) => c.status === '1') ? '1' : '4';
    const recipientCountries = pooledShares(children.map((c) => c.recipientCountries));
    const countries = recipientCountries.map((r) => r.code);
    const themeNames = distinct(pairings.flatMap((p) => (themes.get(p.pairing_id) ?? []).map((t) => t.theme.trim())));
    activities.push({
      hierarchy: 1,
      identifier: programmeId,
      label,
      title: name,
      description: `${name}: ${pairings.length} city-to-city cooperation pairing(s)${countries.length > 0 ? `; recipient countries ${countries.join(', ')}` : ''}.${themeNames.length > 0 ? ` Themes: ${themeNames.join('; ')}.` : ''}`,
      participatingOrgs: [{ ref: org.ref, type: org.type, role: '1', name: org.name }],
      status,
      dates: programmeDates(children, status, today),
      recipientCountries,
      sectors: pooledShares(children.map((c) => c.sectors)),
      sdgTargets: sdgSorted(children.flatMap((c) => c.sdgTargets)),
      related: children.map((c) => ({ ref: c.identifier, type: '2' as const })),
      results: [],
    });
    activities.push(...children);
  }
  return activities;
}
