import { type CSSProperties, useMemo, useState } from 'react';
import type { CellValue } from '../../src-main/shared/api-contract.js';
import { OUTCOME_SORT_COLUMNS, RECIPROCITY_SORT_COLUMNS } from '../../src-main/shared/api-values.js';
import { outcomesByHelixChart, outcomesByTypeChart, outcomesByYearChart, sdgGoalColour, sdgGoalOf, sdgTarget, sdgTargetsChart } from '../../src-main/shared/charts/outcomes.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import type { OutcomeRow } from '../../src-main/shared/results.js';
import { BuiltChart } from '../charts/BuiltChart.js';
import { type Column, LocalTable } from '../components/DataTable.js';
import { HeadlineFigures } from '../components/HeadlineFigures.js';
import { PagedTable } from '../components/PagedTable.js';
import { PairingCard } from '../components/PairingCard.js';
import { formatNumber } from '../lib/format.js';
import { IndicatorView } from './IndicatorView.js';
import { NoResults } from './NoResults.js';
import { outcomeFigures } from './outcome-figures.js';
import { reciprocityCells } from './reciprocity.js';
import type { ViewProps } from './view-props.js';

const EXPLORER_COLUMNS: Column[] = [
  { key: 'outcome_id', label: 'ID', width: 90 },
  { key: 'date', label: 'Date', width: 104 },
  { key: 'pairing_id', label: 'Pairing', width: 90 },
  { key: 'entity_name', label: 'Member', width: 140 },
  { key: 'change_type', label: 'Change', width: 110 },
  { key: 'significance', label: 'Significance', width: 128 },
  { key: 'description', label: 'Description', width: 340 },
  { key: 'actor_helix', label: 'Actor helix', width: 120 },
  { key: 'substantiation', label: 'Substantiation', width: 146 },
  { key: 'amount_eur', label: 'Amount (EUR)', numeric: true, width: 130 },
  { key: 'sdg_targets', label: 'SDG targets', width: 120 },
  { key: 'indicator_id', label: 'Indicator', width: 100 },
  { key: 'contribution', label: 'Contribution', width: 260 },
  { key: 'evidence', label: 'Evidence', width: 220 },
  { key: 'pairing_title', label: 'Pairing title', width: 220 },
  { key: 'entity_id', label: 'Member ID', width: 110 },
];

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
  const long = new Set(['description', 'contribution', 'evidence']);
  const field = (c: Column, j: number) => (
    <div key={c.key} className={long.has(c.key) ? 'wide' : undefined}>
      <dt>{c.label}</dt>
      <dd>{row[j] === null || row[j] === '' ? '—' : c.numeric && typeof row[j] === 'number' ? formatNumber(row[j]) : String(row[j])}</dd>
    </div>
  );
  return (
    <dl className="row-detail outcome-detail" data-testid="outcome-detail">
      {EXPLORER_COLUMNS.map((c, j) => (long.has(c.key) ? null : field(c, j)))}
      {EXPLORER_COLUMNS.map((c, j) => (long.has(c.key) ? field(c, j) : null))}
      <div className="wide">
        <button type="button" className="small" onClick={() => onOpen(String(row[2]))}>
          Open pairing {String(row[2])}
        </button>
      </div>
    </dl>
  );
}

const GoalSwatch = ({ goal }: { goal: number }) => (
  <span className="sdg-goal" style={{ '--goal': sdgGoalColour(goal) } as CSSProperties}>
    Goal {goal}
  </span>
);

const SDG_COLUMNS: Column[] = [
  { key: 'target', label: 'Target', width: 84 },
  { key: 'goal', label: 'Goal', width: 96, render: (v) => (typeof v === 'number' ? <GoalSwatch goal={v} /> : '') },
  { key: 'title', label: 'Title' },
  { key: 'pairings', label: 'Pairings', numeric: true, width: 96 },
  { key: 'indicators', label: 'Indicators', numeric: true, width: 104 },
  { key: 'outcomes', label: 'Outcomes', numeric: true, width: 104 },
];

const RECIPROCITY_COLUMNS: Column[] = [
  { key: 'pairing_id', label: 'Pairing', width: 90 },
  { key: 'title', label: 'Title', width: 280 },
  { key: 'per_member', label: 'Outcomes per member' },
  { key: 'members_with', label: 'Members changed', numeric: true, width: 172 },
  { key: 'reciprocity', label: 'Reciprocity', numeric: true, width: 120, render: (v) => (typeof v === 'number' ? v.toFixed(2) : '') },
  { key: 'two_way', label: 'Two-way', width: 92 },
];

function Reciprocity({ filters, version, busy, onOpen }: { filters: Filters; version: number; busy: boolean; onOpen: (pairingId: string) => void }) {
  const query = useMemo(() => ({ filters }), [filters]);
  return (
    <PagedTable
      method="outcomes/reciprocity"
      query={query}
      version={version}
      name="outcome-reciprocity"
      caption="Pairings with outcomes: how evenly their members changed"
      columns={RECIPROCITY_COLUMNS}
      sortColumns={RECIPROCITY_SORT_COLUMNS}
      initialSort={{ column: 'reciprocity', direction: 'asc' }}
      cells={reciprocityCells}
      searchLabel="Search pairings"
      height={(rows) => Math.min(320, 40 + Math.max(1, rows) * 32)}
      busy={busy}
      emptyText="No pairing in this scope has outcomes."
      onActivate={(row) => onOpen(row.pairing_id)}
    />
  );
}

function Explorer({ filters, version, busy, onOpen }: { filters: Filters; version: number; busy: boolean; onOpen: (pairingId: string) => void }) {
  const query = useMemo(() => ({ filters }), [filters]);
  return (
    <PagedTable
      method="outcomes/list"
      query={query}
      version={version}
      name="outcome-explorer"
      caption="Outcome explorer"
      columns={EXPLORER_COLUMNS}
      sortColumns={OUTCOME_SORT_COLUMNS}
      initialSort={{ column: 'date', direction: 'desc' }}
      cells={explorerCells}
      searchLabel="Search outcomes"
      height={400}
      busy={busy}
      showSelected
      renderSelected={(_row, cells) => <OutcomeDetail row={cells} onOpen={onOpen} />}
      emptyText="No outcomes in this scope."
    />
  );
}

function SdgTable({ targets }: { targets: ReadonlyArray<{ target: string; indicators: number; outcomes: number; pairings: number }> }) {
  const rows = targets.map((t) => [t.target, sdgGoalOf(t.target), sdgTarget(t.target)?.title ?? '', t.pairings, t.indicators, t.outcomes]);
  return (
    <LocalTable
      name="sdg-targets"
      caption="SDG targets named in this scope"
      columns={SDG_COLUMNS}
      rows={rows}
      height={Math.min(300, 40 + Math.max(1, rows.length) * 32)}
      showSelected
    />
  );
}

export function Outcomes({ filters, version, indicators, project }: ViewProps) {
  const inDataset = (project?.rows.outcomes ?? 0) > 0;
  const [open, setOpen] = useState<string | null>(null);
  // Built once per answer: a new option object would redraw (and re-animate) the chart.
  const latest = indicators.value;
  const charts = useMemo(
    () =>
      latest && {
        type: outcomesByTypeChart(latest, 'screen'),
        year: outcomesByYearChart(latest, 'screen'),
        helix: outcomesByHelixChart(latest, 'screen'),
        sdg: sdgTargetsChart(latest, 'screen'),
      },
    [latest],
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
            <HeadlineFigures label="Outcome figures" headlines={outcomeFigures(ind)} busy={busy} />
            <div className="chart-grid">
              <BuiltChart chart={charts.type} busy={busy} height={280} />
              <BuiltChart chart={charts.helix} busy={busy} height={280} />
            </div>
            <BuiltChart chart={charts.year} busy={busy} height={240} />
            <section className="card" aria-labelledby="two-way-title" data-testid="two-way">
              <header className="card-header">
                <h3 className="card-title" id="two-way-title">
                  Did learning go both ways? The pairings behind the two-way share and the mean reciprocity
                </h3>
              </header>
              <Reciprocity filters={filters} version={version} busy={busy} onOpen={setOpen} />
              <p className="table-note muted">
                Reciprocity = the fewest outcomes of a member / the most outcomes of a member (1: every member changed alike; 0: some member shows no
                change). Two-way: every member has at least one outcome. Enter or a click opens the pairing.
              </p>
            </section>
            <BuiltChart chart={charts.sdg} busy={busy}>
              {hasSdg && <SdgTable targets={ind.results.sdgTargets} />}
            </BuiltChart>
            <section className="card" aria-labelledby="explorer-title">
              <header className="card-header">
                <h3 className="card-title" id="explorer-title">
                  Outcome explorer
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
