import type { ReactNode } from 'react';
import type { Indicators } from '../../src-main/shared/indicators.js';
import { ErrorState, Loading } from '../components/States.js';
import type { ViewProps } from './view-props.js';

/** Loading and error states shared by every view drawn from the indicators. */
export function IndicatorView({ indicators, children }: { indicators: ViewProps['indicators']; children: (ind: Indicators, busy: boolean) => ReactNode }) {
  if (indicators.value === undefined) {
    if (indicators.status === 'error') return <ErrorState what="The indicators" error={indicators.error} onRetry={indicators.reload} />;
    return <Loading what="indicators" />;
  }
  return (
    <>
      {indicators.status === 'error' && <ErrorState what="The indicators for these filters" error={indicators.error} onRetry={indicators.reload} />}
      {children(indicators.value, indicators.status === 'loading')}
    </>
  );
}
