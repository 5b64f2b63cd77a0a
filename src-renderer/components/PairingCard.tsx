import { useEffect, useRef } from 'react';
import type { PairingDetail } from '../../src-main/shared/api-contract.js';
import type { Filters } from '../../src-main/shared/indicators.js';
import { useApi } from '../api/use-api.js';
import { LocalTable } from './DataTable.js';
import { Sparkline, sparkText } from './Sparkline.js';
import { ErrorState, Loading } from './States.js';
import { StatusLabel } from './StatusLabel.js';
import type { LabelKind } from '../../src-main/shared/i18n/index.js';
import { useT } from '../i18n/language.js';
import { isoToText } from '../lib/date-text.js';

/** The pairing's result indicators and outcomes, as of the dashboard's as-of date (pairings/detail reads them for this pairing only). */
function PairingResults({ detail, asOf }: { detail: PairingDetail; asOf: string | undefined }) {
  const t = useT();
  const label = (kind: LabelKind, value: string | null) => (value === null ? null : t.label(kind, value));
  const id = detail.pairing.pairing_id;
  const tracking = detail.indicators;
  const series = new Map(tracking.map((r) => [r.indicator_id, r.series]));
  const mine = detail.outcomes;
  return (
    <>
      <h3>{t.t('card.indicators')}</h3>
      <LocalTable
        name={`pairing-${id}-indicators`}
        caption={t.t('card.indicators')}
        height={Math.min(260, 40 + Math.max(1, tracking.length) * 32)}
        emptyText={asOf ? t.t('card.noIndicatorsAsOf', { date: isoToText(asOf, t.language) }) : t.t('card.noIndicators')}
        showSelected
        columns={[
          { key: 'indicator_id', label: t.t('results.col.id'), width: 80 },
          { key: 'level', label: t.t('tracking.level'), width: 100 },
          { key: 'title', label: t.t('tracking.title') },
          { key: 'member', label: t.t('tracking.member'), width: 112 },
          { key: 'target', label: t.t('results.col.target'), numeric: true, width: 80 },
          { key: 'actual', label: t.t('results.col.actual'), numeric: true, width: 80 },
          { key: 'achievement', label: t.t('results.col.achievement'), numeric: true, width: 134, render: (v) => (typeof v === 'number' ? t.percent(v / 100, 1) : '') },
          { key: 'status', label: t.t('tracking.status'), width: 140, render: (v) => <StatusLabel status={v} /> },
          { key: 'actuals', label: t.t('results.col.actuals'), width: 112, render: (_, row) => <Sparkline series={series.get(String(row[0])) ?? []} /> },
        ]}
        rows={tracking.map((r) => [
          r.indicator_id,
          label('level', r.level),
          r.title,
          r.entity_name ?? t.t('results.wholePairing'),
          r.target,
          r.actual,
          r.achievement,
          r.status,
          sparkText(r.series, t),
        ])}
      />
      <h3>{t.t('view.outcomes')}</h3>
      <LocalTable
        name={`pairing-${id}-outcomes`}
        caption={t.t('view.outcomes')}
        height={Math.min(260, 40 + Math.max(1, mine.length) * 32)}
        emptyText={asOf ? t.t('card.noOutcomesAsOf', { date: isoToText(asOf, t.language) }) : t.t('card.noOutcomes')}
        showSelected
        initialSort={{ column: 'date', direction: 'asc' }}
        columns={[
          { key: 'date', label: t.t('card.date'), width: 104 },
          { key: 'member', label: t.t('tracking.member'), width: 130 },
          { key: 'change_type', label: t.t('card.change'), width: 120 },
          { key: 'significance', label: t.t('card.significance'), width: 128 },
          { key: 'description', label: t.t('card.description') },
          { key: 'substantiation', label: t.t('card.substantiation'), width: 146 },
        ]}
        rows={mine.map((o) => [o.date, o.entity_name, label('changeType', o.change_type), label('significance', o.significance), o.description, label('substantiation', o.substantiation)])}
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
        <button type="button" className="small" onClick={() => dialog.current?.close()} aria-label={t.t('card.close')}>
          {t.t('dialog.close')}
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
            <dt>{t.t('results.col.id')}</dt>
            <dd>{d.pairing.pairing_id}</dd>
            <dt>{t.t('filters.programme')}</dt>
            <dd>{d.pairing.programme ?? '—'}</dd>
            <dt>{t.t('filters.component')}</dt>
            <dd>{t.label('component', d.pairing.component)}</dd>
            <dt>{t.t('filters.status')}</dt>
            <dd>{d.pairing.status === null ? '—' : t.label('status', d.pairing.status)}</dd>
            <dt>{t.t('card.dates')}</dt>
            <dd>{t.t('card.range', { from: d.pairing.start_date ? isoToText(d.pairing.start_date, t.language) : '?', to: d.pairing.end_date ? isoToText(d.pairing.end_date, t.language) : '?' })}</dd>
            <dt>{t.t('card.actionPlan')}</dt>
            <dd>{d.pairing.action_plan === null ? '—' : t.label('actionPlan', d.pairing.action_plan)}</dd>
            <dt>{t.t('card.pilots')}</dt>
            <dd>{d.pairing.pilot_projects === null ? '—' : t.number(d.pairing.pilot_projects, 0)}</dd>
            <dt>{t.t('view.themes')}</dt>
            <dd>
              {d.themes.length === 0
                ? '—'
                : d.themes.map((theme) => (theme.primary ? t.t('card.primary', { theme: t.label('theme', theme.theme) }) : t.label('theme', theme.theme))).join('; ')}
            </dd>
          </dl>
          <h3>{t.t('pairings.col.members')}</h3>
          <LocalTable
            name={`pairing-${pairingId}-members`}
            caption={t.t('pairings.col.members')}
            height={Math.min(200, 40 + d.members.length * 32)}
            columns={[
              { key: 'name', label: t.t('card.name') },
              { key: 'country', label: t.t('network.col.country'), width: 90 },
              { key: 'region', label: t.t('filters.region'), width: 190 },
              { key: 'kind', label: t.t('card.kind'), width: 110 },
              { key: 'side', label: t.t('card.side'), width: 90 },
              { key: 'gcom', label: t.t('view.gcom'), width: 80 },
            ]}
            rows={d.members.map((m) => [m.name, m.country, t.label('region', m.region), (m.kind === null ? null : t.label('entityKind', m.kind)), (m.side === null ? null : t.label('side', m.side)), m.gcom_signatory])}
          />
          <h3>{t.t('view.stakeholders')}</h3>
          <LocalTable
            name={`pairing-${pairingId}-stakeholders`}
            caption={t.t('view.stakeholders')}
            height={Math.min(220, 40 + d.stakeholders.length * 32)}
            emptyText={t.t('card.noStakeholders')}
            columns={[
              { key: 'organisation', label: t.t('chart.organisations') },
              { key: 'helix', label: t.t('card.helix'), width: 140 },
              { key: 'participants', label: t.t('chart.participants'), numeric: true, width: 120 },
            ]}
            rows={d.stakeholders.map((s) => [s.organisation, t.label('helix', s.helix), s.participants])}
          />
          <h3>{t.t('chart.activities')}</h3>
          <LocalTable
            name={`pairing-${pairingId}-activities`}
            caption={t.t('chart.activities')}
            height={Math.min(220, 40 + d.activities.length * 32)}
            emptyText={t.t('card.noActivities')}
            columns={[
              { key: 'date', label: t.t('card.date'), width: 110 },
              { key: 'type', label: t.t('card.type'), width: 130 },
              { key: 'participants', label: t.t('chart.participants'), numeric: true, width: 120 },
              { key: 'description', label: t.t('card.description') },
            ]}
            rows={d.activities.map((a) => [a.date, (a.type === null ? null : t.label('activity', a.type)), a.participants, a.description])}
          />
          <PairingResults detail={d} asOf={asOf} />
        </div>
      )}
    </dialog>
  );
}
