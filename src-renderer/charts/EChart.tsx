import type { EChartsOption } from 'echarts';
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { useT } from '../i18n/language.js';
import { echarts } from './echarts-setup.js';
import { localiseValueAxes } from './local-axes.js';

export interface ChartClick {
  name: string;
  seriesName?: string;
  value: unknown;
  data: unknown;
  dataIndex: number;
}

export interface EChartHandle {
  /** The chart as PNG (a data URL) at twice the screen resolution, on white. */
  toPng(): string | null;
  /** The chart redrawn by ECharts' SVG renderer, as SVG text. */
  toSvg(): string | null;
}

interface Props {
  option: EChartsOption;
  /**
   * Merged into `option` by series id without redrawing what it leaves out: a chart whose
   * frame is costly (the map's thousands of cities) changes only its data per filter change.
   */
  patch?: EChartsOption;
  height: number;
  /** Accessible description of the chart (its finding). */
  label: string;
  onClick?: (params: ChartClick) => void;
}

/**
 * The one owner of an ECharts instance: init on mount, setOption on change (merged, so a
 * filter change animates in place), resize with its box, dispose on unmount.
 */
export const EChart = forwardRef<EChartHandle, Props>(function EChart({ option, patch, height, label, onClick }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const latest = useRef(option);
  latest.current = option;
  const latestPatch = useRef(patch);
  latestPatch.current = patch;
  const appliedPatch = useRef<EChartsOption | undefined>(undefined);

  // A layout effect like those below that set its options, and declared first, so the instance
  // exists when they run on mount.
  useLayoutEffect(() => {
    const element = box.current!;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    // The browser tests read what the chart holds (getOption), not what the code meant to give it.
    (element as HTMLElement & { echartsInstance?: echarts.ECharts }).echartsInstance = instance;
    instance.on('click', (params) => click.current?.(params as unknown as ChartClick));
    // Which option the canvas shows: tests and the bench wait for drawn === option version.
    instance.on('rendered', () => {
      if (element.dataset.drawnVersion !== element.dataset.optionVersion) element.dataset.drawnAt = String(Math.round(performance.now()));
      element.dataset.drawnVersion = element.dataset.optionVersion ?? '0';
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const t = useT();
  // Set in the commit that brought the option, not in a passive effect: React runs those in a
  // later task, often after the browser has painted the new titles, so the chart drew one
  // frame or more after its data was on screen.
  useLayoutEffect(() => {
    const element = box.current!;
    element.dataset.optionVersion = String(Number(element.dataset.optionVersion ?? '0') + 1);
    element.dataset.optionAt = String(Math.round(performance.now()));
    chart.current?.setOption(localiseValueAxes(option, t), { notMerge: true, lazyUpdate: false });
    appliedPatch.current = latestPatch.current;
    if (latestPatch.current) chart.current?.setOption(latestPatch.current, { lazyUpdate: false });
  }, [option, t]);

  useLayoutEffect(() => {
    if (patch === appliedPatch.current) return;
    const element = box.current!;
    element.dataset.optionVersion = String(Number(element.dataset.optionVersion ?? '0') + 1);
    element.dataset.optionAt = String(Math.round(performance.now()));
    appliedPatch.current = patch;
    if (patch) chart.current?.setOption(patch, { lazyUpdate: false });
  }, [patch]);

  useImperativeHandle(
    ref,
    () => ({
      toPng() {
        return chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) ?? null;
      },
      toSvg() {
        const current = chart.current;
        if (!current) return null;
        const { width, height: h } = { width: current.getWidth(), height: current.getHeight() };
        const svg = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height: h });
        try {
          svg.setOption({ ...latest.current, animation: false });
          if (latestPatch.current) svg.setOption(latestPatch.current);
          return svg.renderToSVGString();
        } finally {
          svg.dispose();
        }
      },
    }),
    [],
  );

  return <div ref={box} className="echart" style={{ height }} role="img" aria-label={label} />;
});
