import { formatAchievement } from '../../src-main/shared/charts/results.js';
import type { TrackingRow } from '../../src-main/shared/results.js';
import { StatusLabel } from '../components/StatusLabel.js';
import { useT } from '../i18n/language.js';
import { isoToText } from '../lib/date-text.js';

/** The selected indicator in full: its title, how it is measured and each period's actual. */
export function TrackingDetail({ row, onOpen }: { row: TrackingRow; onOpen: (pairingId: string) => void }) {
  const t = useT();
  const number = (v: number | null) => (v === null ? '—' : t.number(v));
  const fields: Array<[string, React.ReactNode]> = [
    [t.t('tracking.indicator'), row.indicator_id],
    [t.t('tracking.pairing'), row.pairing_title ? `${row.pairing_id} · ${row.pairing_title}` : row.pairing_id],
    [t.t('tracking.member'), row.entity_name ?? t.t('tracking.wholePairing')],
    [t.t('tracking.level'), t.label('level', row.level)],
    [t.t('tracking.measure'), `${row.measure}, ${row.direction}, ${row.accumulation}`],
    [t.t('tracking.unit'), row.unit ?? '—'],
    [t.t('tracking.baseline'), number(row.baseline)],
    [t.t('tracking.targetToDate'), number(row.target)],
    [t.t('tracking.actualToDate'), number(row.actual)],
    [t.t('tracking.achievement'), row.achievement === null ? '—' : formatAchievement(row.achievement, t)],
    [t.t('tracking.status'), <StatusLabel key="status" status={row.status} />],
    [t.t('tracking.framework'), row.framework_ref ?? '—'],
    [t.t('tracking.sdgTargets'), row.sdg_targets ?? '—'],
  ];
  const periods = row.series.map((p) => `${isoToText(p.period_end, t.language)}: ${p.actual === null ? t.t('tracking.notReported') : t.number(p.actual)}`).join(' · ');
  return (
    <dl className="row-detail outcome-detail" data-testid="tracking-detail">
      <div className="wide">
        <dt>{t.t('tracking.title')}</dt>
        <dd>{row.title}</dd>
      </div>
      {fields.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
      <div className="wide">
        <dt>{t.t('tracking.perPeriod')}</dt>
        <dd>{periods || '—'}</dd>
      </div>
      <div className="wide">
        <button type="button" className="small" onClick={() => onOpen(row.pairing_id)}>
          {t.t('tracking.open', { id: row.pairing_id })}
        </button>
      </div>
    </dl>
  );
}
