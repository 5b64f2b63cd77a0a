import { useEffect, useRef } from 'react';
import { useApi } from '../api/use-api.js';
import { formatInt } from '../lib/format.js';
import { LocalTable } from './DataTable.js';
import { ErrorState, Loading } from './States.js';

/** A pairing's card in a modal dialog: members, themes, stakeholders and activities. */
export function PairingCard({ pairingId, version, onClose }: { pairingId: string; version: number; onClose: () => void }) {
  const detail = useApi('pairings/detail', { pairingId }, version);
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
          <ErrorState what="The pairing" error={detail.error} onRetry={detail.reload} />
        ) : (
          <Loading what="the pairing" />
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
        </div>
      )}
    </dialog>
  );
}
