import type { EChartsOption } from 'echarts';
import type { ChartMode } from './types.js';

/** Colour-blind-safe palette (Okabe-Ito order), one hue per series across every chart. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

/** Sequential blues for heatmaps: light for few, dark for many. */
export const HEAT = ['#eef4fb', '#9ecae1', '#4292c6', '#08519c'];

export const TEXT = '#1f2933';
export const MUTED = '#52606d';

export const FONT_FAMILY = 'DejaVu Sans, Noto Sans CJK SC, Helvetica, Arial, sans-serif';

/**
 * What both modes share, plus what print needs: no animation (SSR draws the first frame),
 * no label halo (svg-to-pdfkit paints the white stroke over the text), a fixed font.
 */
export function baseOption(mode: ChartMode): EChartsOption {
  return {
    animation: mode === 'screen',
    color: PALETTE,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT },
    backgroundColor: mode === 'print' ? '#ffffff' : 'transparent',
  };
}

/** Data labels: no halo in print, where svg-to-pdfkit would paint it over the glyphs. */
export function labelStyle(mode: ChartMode): { textBorderWidth?: number; color: string; fontSize: number } {
  return mode === 'print' ? { textBorderWidth: 0, color: TEXT, fontSize: 11 } : { color: TEXT, fontSize: 12 };
}

/** Cuts long category names for axes; the full name stays in tooltips and tables. */
export function shorten(text: string, max = 28): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The option an empty scope draws: a centred note and no axes. */
export function emptyOption(mode: ChartMode, message: string): EChartsOption {
  return {
    ...baseOption(mode),
    graphic: {
      type: 'text',
      left: 'center',
      top: 'middle',
      style: { text: message, fill: MUTED, fontSize: 14, fontFamily: FONT_FAMILY },
    },
  };
}
