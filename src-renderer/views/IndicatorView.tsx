import type { ReactNode } from 'react';
import type { DashboardIndicators } from '../../src-main/shared/indicators.js';
import { ErrorState, Loading } from '../components/States.js';
import type { ViewProps } from './view-props.js';
import { useT } from '../i18n/language.js';

/** Loading and error states shared by every view drawn from the indicators. */
export function IndicatorView({ indicators, children }: { indicators: ViewProps['indicators']; children: (ind: DashboardIndicators, busy: boolean) => ReactNode }) {
  const t = useT();
  if (indicators.value === undefined) {
    if (indicators.status === 'error') return <ErrorState title={t.t('error.indicators')} error={indicators.error} onRetry={indicators.reload} />;
    return <Loading text={t.t('loading.indicators')} />;
  }
  return (
    <>
      {indicators.status === 'error' && <ErrorState title={t.t('error.indicatorsFiltered')} error={indicators.error} onRetry={indicators.reload} />}
      {children(indicators.value, indicators.status === 'loading')}
    </>
  );
}
