import type { EChartsOption } from 'echarts';
import { type ReactNode, useRef } from 'react';
import { useT } from '../i18n/language.js';
import { saveBlob } from '../lib/download.js';
import { type ChartClick, EChart, type EChartHandle } from './EChart.js';

interface Props {
  /** Stable id: names saved files and test hooks. */
  id: string;
  /** A sentence stating the finding. */
  title: string;
  howMeasured: string;
  option: EChartsOption;
  /** Merged into `option` by series id (EChart's `patch`). */
  patch?: EChartsOption;
  height?: number;
  empty?: boolean;
  emptyText?: string;
  /** What a click does, shown under the chart so people know it is clickable. */
  clickHint?: string;
  onClick?: (params: ChartClick) => void;
  children?: ReactNode;
  busy?: boolean;
}

function dataUrlToBlob(url: string): Blob {
  const [head, body] = url.split(',', 2) as [string, string];
  const type = /data:([^;]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** A chart with its finding as title, PNG/SVG save buttons and the "How this is measured" note. */
export function ChartCard({ id, title, howMeasured, option, patch, height = 320, empty, emptyText, clickHint, onClick, children, busy }: Props) {
  const chart = useRef<EChartHandle>(null);
  const t = useT();
  const savePng = () => {
    const url = chart.current?.toPng();
    if (url) saveBlob(dataUrlToBlob(url), `twinlens-${id}.png`);
  };
  const saveSvg = () => {
    const svg = chart.current?.toSvg();
    if (svg) saveBlob(new Blob([svg], { type: 'image/svg+xml' }), `twinlens-${id}.svg`);
  };
  return (
    <section className="card chart-card" data-chart={id} aria-busy={busy ?? false}>
      <header className="card-header">
        <h3 className="card-title">{title}</h3>
        <div className="card-actions">
          <button type="button" className="small" onClick={savePng} disabled={empty} title={t.t('chart.savePng')}>
            PNG
          </button>
          <button type="button" className="small" onClick={saveSvg} disabled={empty} title={t.t('chart.saveSvg')}>
            SVG
          </button>
        </div>
      </header>
      {empty ? (
        <div className="empty-state" style={{ minHeight: Math.min(height, 180) }}>
          {emptyText ?? t.t('chart.empty')}
        </div>
      ) : (
        <EChart ref={chart} option={option} patch={patch} height={height} label={title} onClick={onClick} />
      )}
      {children}
      <details className="how-measured">
        <summary>{t.t('howMeasured')}</summary>
        <p>{howMeasured}</p>
        {clickHint && !empty && <p className="hint">{clickHint}</p>}
      </details>
    </section>
  );
}
