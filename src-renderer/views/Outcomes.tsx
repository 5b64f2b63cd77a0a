import { type CSSProperties, useMemo, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { OUTCOME_SORT_COLUMNS, RECIPROCITY_SORT_COLUMNS } from '../../src-main/shared/api-values.js';
import { outcomesByHelixChart, outcomesByTypeChart, outcomesByYearChart, sdgGoalColour, sdgGoalOf, sdgTargetTitle, sdgTargetsChart } from '../../src-main/shared/charts/outcomes.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import type { OutcomeRow } from '../../src-main/shared/results.js';
import { BuiltChart } from '../charts/BuiltChart.js';
import { type Column, LocalTable } from '../components/DataTable.js';
import { HeadlineFigures } from '../components/HeadlineFigures.js';
import { PagedTable } from '../components/PagedTable.js';
import { PairingCard } from '../components/PairingCard.js';
import type { LabelKind, Translator } from '../../src-main/shared/i18n/index.js';
import { useT } from '../i18n/language.js';
import { IndicatorView } from './IndicatorView.js';
import { NoResults } from './NoResults.js';
import { outcomeFigures } from './outcome-figures.js';
import { reciprocityCells } from './reciprocity.js';
import type { ViewProps } from './view-props.js';

/** A coded cell shown by its label; the cell keeps the data's value (copied and exported as such). */
const labelled = (t: Translator, kind: LabelKind) => (v: CellValue) => (typeof v === 'string' ? t.label(kind, v) : '');

/** The explorer's columns in the data's order, headed in the app's language. */
function explorerColumns(t: Translator): Column[] {
  return [
    { key: 'outcome_id', label: t.t('results.col.id'), width: 90 },
    { key: 'date', label: t.t('card.date'), width: 104 },
    { key: 'pairing_id', label: t.t('tracking.pairing'), width: 110 },
    { key: 'entity_name', label: t.t('tracking.member'), width: 140 },
    { key: 'change_type', label: t.t('card.change'), width: 140, render: labelled(t, 'changeType') },
    { key: 'significance', label: t.t('card.significance'), width: 128, render: labelled(t, 'significance') },
    { key: 'description', label: t.t('card.description'), width: 340 },
    { key: 'actor_helix', label: t.t('outcomes.col.helix'), width: 160, render: labelled(t, 'helix') },
    { key: 'substantiation', label: t.t('card.substantiation'), width: 146, render: labelled(t, 'substantiation') },
    { key: 'amount_eur', label: t.t('outcomes.col.amount'), numeric: true, width: 130 },
    { key: 'sdg_targets', label: t.t('tracking.sdgTargets'), width: 130 },
    { key: 'indicator_id', label: t.t('tracking.indicator'), width: 110 },
    { key: 'contribution', label: t.t('outcomes.col.contribution'), width: 260 },
    { key: 'evidence', label: t.t('outcomes.col.evidence'), width: 220 },
    { key: 'pairing_title', label: t.t('outcomes.col.pairingTitle'), width: 220 },
    { key: 'entity_id', label: t.t('outcomes.col.memberId'), width: 130 },
  ];
}

const explorerCells = (o: OutcomeRow): CellValue[] => [
  o.outcome_id,
  o.date,
  o.pairing_id,
  o.entity_name,
  o.change_type,
  o.significance,
  o.description,
  o.actor_helix,
  o.substantiation,
  o.amount_eur,
  o.sdg_targets,
  o.indicator_id,
  o.contribution,
  o.evidence,
  o.pairing_title,
  o.entity_id,
];

/** The selected outcome in full: short fields side by side, the narrative ones at full width. */
function OutcomeDetail({ row, onOpen }: { row: readonly CellValue[]; onOpen: (pairingId: string) => void }) {
  const t = useT();
  const columns = explorerColumns(t);
  const long = new Set(['description', 'contribution', 'evidence']);
  const field = (c: Column, j: number) => (
    <div key={c.key} className={long.has(c.key) ? 'wide' : undefined}>
      <dt>{c.label}</dt>
      <dd>{row[j] === null || row[j] === '' ? '—' : c.numeric && typeof row[j] === 'number' ? t.number(row[j]) : c.render ? c.render(row[j]!, row, 0) : String(row[j])}</dd>
    </div>
  );
  return (
    <dl className="row-detail outcome-detail" data-testid="outcome-detail">
      {columns.map((c, j) => (long.has(c.key) ? null : field(c, j)))}
      {columns.map((c, j) => (long.has(c.key) ? field(c, j) : null))}
      <div className="wide">
        <button type="button" className="small" onClick={() => onOpen(String(row[2]))}>
          {t.t('tracking.open', { id: String(row[2]) })}
        </button>
      </div>
    </dl>
  );
}

function GoalSwatch({ goal }: { goal: number }) {
  const t = useT();
  return (
    <span className="sdg-goal" style={{ '--goal': sdgGoalColour(goal) } as CSSProperties}>
      {t.t('outcomes.goal', { goal })}
    </span>
  );
}

const sdgColumns = (t: Translator): Column[] => [
  { key: 'target', label: t.t('results.col.target'), width: 84 },
  // Room for the swatch and "Objectif 17", the longest of the three languages.
  { key: 'goal', label: t.t('outcomes.col.goal'), width: 124, render: (v) => (typeof v === 'number' ? <GoalSwatch goal={v} /> : '') },
  { key: 'title', label: t.t('tracking.title') },
  { key: 'pairings', label: t.t('chart.pairings'), numeric: true, width: 130 },
  { key: 'indicators', label: t.t('chart.results.indicators'), numeric: true, width: 130 },
  { key: 'outcomes', label: t.t('view.outcomes'), numeric: true, width: 104 },
];

const reciprocityColumns = (t: Translator): Column[] => [
  { key: 'pairing_id', label: t.t('tracking.pairing'), width: 110 },
  { key: 'title', label: t.t('tracking.title'), width: 280 },
  { key: 'per_member', label: t.t('outcomes.col.perMember') },
  { key: 'members_with', label: t.t('outcomes.col.membersChanged'), numeric: true, width: 210 },
  { key: 'reciprocity', label: t.t('outcomes.col.reciprocity'), numeric: true, width: 140, render: (v) => (typeof v === 'number' ? new Intl.NumberFormat(t.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v) : '') },
  { key: 'two_way', label: t.t('outcomes.col.twoWay'), width: 120 },
];

function Reciprocity({ filters, version, busy, onOpen }: { filters: Filters; version: number; busy: boolean; onOpen: (pairingId: string) => void }) {
  const t = useT();
  const columns = useMemo(() => reciprocityColumns(t), [t]);
  const query = useMemo(() => ({ filters }), [filters]);
  return (
    <PagedTable
      method="outcomes/reciprocity"
      query={query}
      version={version}
      name="outcome-reciprocity"
      caption={t.t('outcomes.reciprocity.caption')}
      columns={columns}
      sortColumns={RECIPROCITY_SORT_COLUMNS}
      initialSort={{ column: 'reciprocity', direction: 'asc' }}
      cells={(row) => reciprocityCells(row, t)}
      searchLabel={t.t('pairings.search')}
      height={(rows) => Math.min(320, 40 + Math.max(1, rows) * 32)}
      busy={busy}
      emptyText={t.t('outcomes.reciprocity.empty')}
      onActivate={(row) => onOpen(row.pairing_id)}
    />
  );
}

function Explorer({ filters, version, busy, onOpen }: { filters: Filters; version: number; busy: boolean; onOpen: (pairingId: string) => void }) {
  const t = useT();
  const columns = useMemo(() => explorerColumns(t), [t]);
  const query = useMemo(() => ({ filters }), [filters]);
  return (
    <PagedTable
      method="outcomes/list"
      query={query}
      version={version}
      name="outcome-explorer"
      caption={t.t('outcomes.explorer')}
      columns={columns}
      sortColumns={OUTCOME_SORT_COLUMNS}
      initialSort={{ column: 'date', direction: 'desc' }}
      cells={explorerCells}
      searchLabel={t.t('outcomes.search')}
      height={400}
      busy={busy}
      showSelected
      renderSelected={(_row, cells) => <OutcomeDetail row={cells} onOpen={onOpen} />}
      emptyText={t.t('outcomes.empty')}
    />
  );
}

function SdgTable({ targets }: { targets: ReadonlyArray<{ target: string; indicators: number; outcomes: number; pairings: number }> }) {
  const t = useT();
  const rows = targets.map((s) => [s.target, sdgGoalOf(s.target), sdgTargetTitle(s.target, t) ?? '', s.pairings, s.indicators, s.outcomes]);
  return (
    <LocalTable
      name="sdg-targets"
      caption={t.t('outcomes.sdg.caption')}
      columns={sdgColumns(t)}
      rows={rows}
      height={Math.min(300, 40 + Math.max(1, rows.length) * 32)}
      showSelected
    />
  );
}

export function Outcomes({ filters, version, indicators, project }: ViewProps) {
  const t = useT();
  const inDataset = (project?.rows.outcomes ?? 0) > 0;
  const [open, setOpen] = useState<string | null>(null);
  // Built once per answer: a new option object would redraw (and re-animate) the chart.
  const latest = indicators.value;
  const charts = useMemo(
    () =>
      latest && {
        type: outcomesByTypeChart(latest, 'screen', t),
        year: outcomesByYearChart(latest, 'screen', t),
        helix: outcomesByHelixChart(latest, 'screen', t),
        sdg: sdgTargetsChart(latest, 'screen', t),
      },
    [latest, t],
  );
  return (
    <IndicatorView indicators={indicators}>
      {(ind, busy) => {
        const o = ind.outcomes;
        const hasSdg = ind.results.sdgTargets.length > 0;
        if (o.outcomes === 0 && !hasSdg) return <NoResults kind="outcomes" inDataset={inDataset} />;
        if (!charts) return null;
        return (
          <div className="view-stack">
            <HeadlineFigures label={t.t('outcomes.figures')} headlines={outcomeFigures(ind, t)} busy={busy} />
            <div className="chart-grid">
              <BuiltChart chart={charts.type} busy={busy} height={280} />
              <BuiltChart chart={charts.helix} busy={busy} height={280} />
            </div>
            <BuiltChart chart={charts.year} busy={busy} height={240} />
            <section className="card" aria-labelledby="two-way-title" data-testid="two-way">
              <header className="card-header">
                <h3 className="card-title" id="two-way-title">
                  {t.t('outcomes.twoWay.title')}
                </h3>
              </header>
              <Reciprocity filters={filters} version={version} busy={busy} onOpen={setOpen} />
              <p className="table-note muted">
                {t.t('outcomes.twoWay.note')}
              </p>
            </section>
            <BuiltChart chart={charts.sdg} busy={busy}>
              {hasSdg && <SdgTable targets={ind.results.sdgTargets} />}
            </BuiltChart>
            <section className="card" aria-labelledby="explorer-title">
              <header className="card-header">
                <h3 className="card-title" id="explorer-title">
                  {t.t('outcomes.explorer')}
                </h3>
              </header>
              <Explorer filters={filters} version={version} busy={busy} onOpen={setOpen} />
            </section>
            {open && <PairingCard pairingId={open} version={version} filters={filters} onClose={() => setOpen(null)} />}
          </div>
        );
      }}
    </IndicatorView>
  );
}
