import { formatAchievement } from '../../src-main/shared/charts/results.js';
import type { TrackingRow } from '../../src-main/shared/results.js';
import { StatusLabel } from '../components/StatusLabel.js';
import { formatNumber } from '../lib/format.js';

const number = (v: number | null) => (v === null ? '—' : formatNumber(v));

/** The selected indicator in full: its title, how it is measured and each period's actual. */
export function TrackingDetail({ row, onOpen }: { row: TrackingRow; onOpen: (pairingId: string) => void }) {
  const fields: Array<[string, React.ReactNode]> = [
    ['Indicator', row.indicator_id],
    ['Pairing', row.pairing_title ? `${row.pairing_id} · ${row.pairing_title}` : row.pairing_id],
    ['Member', row.entity_name ?? 'the pairing as a whole'],
    ['Level', row.level],
    ['Measure', `${row.measure}, ${row.direction}, ${row.accumulation}`],
    ['Unit', row.unit ?? '—'],
    ['Baseline', number(row.baseline)],
    ['Target to date', number(row.target)],
    ['Actual to date', number(row.actual)],
    ['Achievement', row.achievement === null ? '—' : formatAchievement(row.achievement)],
    ['Status', <StatusLabel key="status" status={row.status} />],
    ['Framework', row.framework_ref ?? '—'],
    ['SDG targets', row.sdg_targets ?? '—'],
  ];
  const periods = row.series.map((p) => `${p.period_end}: ${p.actual === null ? 'not reported' : formatNumber(p.actual)}`).join(' · ');
  return (
    <dl className="row-detail outcome-detail" data-testid="tracking-detail">
      <div className="wide">
        <dt>Title</dt>
        <dd>{row.title}</dd>
      </div>
      {fields.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="wide">
        <dt>Actual per period</dt>
        <dd>{periods || '—'}</dd>
      </div>
      <div className="wide">
        <button type="button" className="small" onClick={() => onOpen(row.pairing_id)}>
          Open pairing {row.pairing_id}
        </button>
      </div>
    </dl>
  );
}
