import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { ChartDescriptor } from '../../shared/charts/types.js';
import { fontFiles, needsCjk } from './fonts.js';
import { useReportFontMetrics } from './text-metrics.js';

/**
 * Renders a print-mode chart to SVG with ECharts's server-side renderer: the same option the
 * dashboard draws, laid out at the descriptor's fixed size. The instance is always disposed,
 * since an undisposed one can keep Node alive.
 */
export function chartSvg(chart: ChartDescriptor): string {
  useReportFontMetrics();
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.size.width, height: chart.size.height });
  try {
    instance.setOption({ ...chart.option, animation: false });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/**
 * SVG to PNG at `scale` times the chart's size (1.5: sharp on high-density screens, half the
 * pixels of 2), text in the report's own fonts, each loaded only when the chart uses it.
 */
export function svgToPng(svg: string, scale = 1.5): Buffer {
  const files = fontFiles();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: {
      loadSystemFonts: false,
      // The CJK fonts are 10 and 6 MB: loaded only for a chart that has such text (resvg
      // falls back glyph by glyph, so Hangul finds the KR face and Han the SC one).
      fontFiles: [files.regular, ...(svg.includes('bold') ? [files.bold] : []), ...(needsCjk(svg) ? [files.cjk, files.hangul].filter((f): f is string => f !== null) : [])],
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
  });
  return resvg.render().asPng();
}
