import { useEffect, useRef } from 'react';
import type { PairingDetail } from '../../src-main/shared/api-contract.js';
import { formatAchievement } from '../../src-main/shared/charts/results.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { useApi } from '../api/use-api.js';
import { formatInt } from '../lib/format.js';
import { LocalTable } from './DataTable.js';
import { Sparkline, sparkText } from './Sparkline.js';
import { ErrorState, Loading } from './States.js';
import { StatusLabel } from './StatusLabel.js';
import { useT } from '../i18n/language.js';

/** The pairing's result indicators and outcomes, as of the dashboard's as-of date (pairings/detail reads them for this pairing only). */
function PairingResults({ detail, asOf }: { detail: PairingDetail; asOf: string | undefined }) {
  const id = detail.pairing.pairing_id;
  const tracking = detail.indicators;
  const series = new Map(tracking.map((r) => [r.indicator_id, r.series]));
  const mine = detail.outcomes;
  return (
    <>
      <h3>Result indicators</h3>
      <LocalTable
        name={`pairing-${id}-indicators`}
        caption="Result indicators"
        height={Math.min(260, 40 + Math.max(1, tracking.length) * 32)}
        emptyText={asOf ? `No result indicators recorded (values as of ${asOf}).` : 'No result indicators recorded.'}
        showSelected
        columns={[
          { key: 'indicator_id', label: 'ID', width: 80 },
          { key: 'level', label: 'Level', width: 76 },
          { key: 'title', label: 'Title' },
          { key: 'member', label: 'Member', width: 112 },
          { key: 'target', label: 'Target', numeric: true, width: 80 },
          { key: 'actual', label: 'Actual', numeric: true, width: 80 },
          { key: 'achievement', label: 'Achievement', numeric: true, width: 134, render: (v) => (typeof v === 'number' ? formatAchievement(v) : '') },
          { key: 'status', label: 'Status', width: 140, render: (v) => <StatusLabel status={v} /> },
          { key: 'actuals', label: 'Actuals', width: 112, render: (_, row) => <Sparkline series={series.get(String(row[0])) ?? []} /> },
        ]}
        rows={tracking.map((r) => [
          r.indicator_id,
          r.level,
          r.title,
          r.entity_name ?? 'whole pairing',
          r.target,
          r.actual,
          r.achievement,
          r.status,
          sparkText(r.series),
        ])}
      />
      <h3>Outcomes</h3>
      <LocalTable
        name={`pairing-${id}-outcomes`}
        caption="Outcomes"
        height={Math.min(260, 40 + Math.max(1, mine.length) * 32)}
        emptyText={asOf ? `No outcomes observed on or before ${asOf}.` : 'No outcomes recorded.'}
        showSelected
        initialSort={{ column: 'date', direction: 'asc' }}
        columns={[
          { key: 'date', label: 'Date', width: 104 },
          { key: 'member', label: 'Member', width: 130 },
          { key: 'change_type', label: 'Change', width: 110 },
          { key: 'significance', label: 'Significance', width: 128 },
          { key: 'description', label: 'Description' },
          { key: 'substantiation', label: 'Substantiation', width: 146 },
        ]}
        rows={mine.map((o) => [o.date, o.entity_name, o.change_type, o.significance, o.description, o.substantiation])}
      />
    </>
  );
}

/** A pairing's card in a modal dialog: members, themes, stakeholders, activities, result indicators and outcomes. */
export function PairingCard({ pairingId, version, filters, onClose }: { pairingId: string; version: number; filters: Filters; onClose: () => void }) {
  const t = useT();
  // As of the dashboard's date: the card lists what the Results and Outcomes views list for this pairing.
  const asOf = filters.asOf?.trim() || undefined;
  const detail = useApi('pairings/detail', asOf ? { pairingId, asOf } : { pairingId }, version);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    const close = () => onClose();
    element.addEventListener('close', close);
    return () => element.removeEventListener('close', close);
  }, [onClose]);

  const d = detail.value;
  return (
    <dialog ref={dialog} className="pairing-card" aria-labelledby="pairing-card-title" data-testid="pairing-card">
      <header className="dialog-header">
        <h2 id="pairing-card-title">{d ? (d.pairing.title ?? d.pairing.pairing_id) : pairingId}</h2>
        <button type="button" className="small" onClick={() => dialog.current?.close()} aria-label="Close the pairing card">
          Close
        </button>
      </header>
      {!d ? (
        detail.status === 'error' ? (
          <ErrorState title={t.t('error.pairing')} error={detail.error} onRetry={detail.reload} />
        ) : (
          <Loading text={t.t('loading.pairing')} />
        )
      ) : (
        <div className="dialog-body">
          <dl className="facts">
            <dt>ID</dt>
            <dd>{d.pairing.pairing_id}</dd>
            <dt>Programme</dt>
            <dd>{d.pairing.programme ?? '—'}</dd>
            <dt>Component</dt>
            <dd>{d.pairing.component}</dd>
            <dt>Status</dt>
            <dd>{d.pairing.status ?? '—'}</dd>
            <dt>Dates</dt>
            <dd>
              {d.pairing.start_date ?? '?'} to {d.pairing.end_date ?? '?'}
            </dd>
            <dt>Action plan</dt>
            <dd>{d.pairing.action_plan ?? '—'}</dd>
            <dt>Pilot projects</dt>
            <dd>{d.pairing.pilot_projects === null ? '—' : formatInt(d.pairing.pilot_projects)}</dd>
            <dt>Themes</dt>
            <dd>{d.themes.length === 0 ? '—' : d.themes.map((t) => (t.primary ? `${t.theme} (primary)` : t.theme)).join('; ')}</dd>
          </dl>
          <h3>Members</h3>
          <LocalTable
            name={`pairing-${pairingId}-members`}
            caption="Members"
            height={Math.min(200, 40 + d.members.length * 32)}
            columns={[
              { key: 'name', label: 'Name' },
              { key: 'country', label: 'Country', width: 90 },
              { key: 'region', label: 'Region', width: 190 },
              { key: 'kind', label: 'Kind', width: 110 },
              { key: 'side', label: 'Side', width: 90 },
              { key: 'gcom', label: 'GCoM', width: 80 },
            ]}
            rows={d.members.map((m) => [m.name, m.country, m.region, m.kind, m.side, m.gcom_signatory])}
          />
          <h3>Stakeholders</h3>
          <LocalTable
            name={`pairing-${pairingId}-stakeholders`}
            caption="Stakeholders"
            height={Math.min(220, 40 + d.stakeholders.length * 32)}
            emptyText="No stakeholders recorded."
            columns={[
              { key: 'organisation', label: 'Organisation' },
              { key: 'helix', label: 'Helix', width: 140 },
              { key: 'participants', label: 'Participants', numeric: true, width: 120 },
            ]}
            rows={d.stakeholders.map((s) => [s.organisation, s.helix, s.participants])}
          />
          <h3>Activities</h3>
          <LocalTable
            name={`pairing-${pairingId}-activities`}
            caption="Activities"
            height={Math.min(220, 40 + d.activities.length * 32)}
            emptyText="No activities recorded."
            columns={[
              { key: 'date', label: 'Date', width: 110 },
              { key: 'type', label: 'Type', width: 130 },
              { key: 'participants', label: 'Participants', numeric: true, width: 120 },
              { key: 'description', label: 'Description' },
            ]}
            rows={d.activities.map((a) => [a.date, a.type, a.participants, a.description])}
          />
          <PairingResults detail={d} asOf={asOf} />
        </div>
      )}
    </dialog>
  );
}
