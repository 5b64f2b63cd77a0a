import type { CSSProperties } from 'react';
import { STATUS_COLOURS } from '../../src-main/shared/charts/results.js';
import { RESULT_STATUSES, type ResultStatus } from '../../src-main/shared/results.js';
import { useT } from '../i18n/language.js';

const isStatus = (value: unknown): value is ResultStatus => (RESULT_STATUSES as readonly unknown[]).includes(value);

/** A result indicator's status: its word on its colour (the charts' colour), never the colour alone. */
export function StatusLabel({ status }: { status: unknown }) {
  const t = useT();
  if (!isStatus(status)) return <>{String(status ?? '')}</>;
  return (
    <span className="status-label" data-status={status} style={{ '--status': STATUS_COLOURS[status] } as CSSProperties}>
      {t.label('resultStatus', status)}
    </span>
  );
}
