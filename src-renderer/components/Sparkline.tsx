import { type SparkPoint, sparkText } from '../lib/spark.js';

export { type SparkPoint, sparkText } from '../lib/spark.js';
import { useT } from '../i18n/language.js';

const WIDTH = 96;
const HEIGHT = 20;
const PAD = 3;

/**
 * Each period's actual as a small line (inline SVG, drawn from numbers only). A period
 * without an actual breaks the line rather than being drawn as zero.
 */
export function Sparkline({ series }: { series: readonly SparkPoint[] }) {
  const t = useT();
  const known = series.filter((p) => p.actual !== null).map((p) => p.actual!);
  if (known.length === 0) return <span className="muted">—</span>;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = (i: number) => (series.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (series.length - 1));
  const y = (v: number) => (max === min ? HEIGHT / 2 : HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / (max - min));
  const runs: string[] = [];
  let run: string[] = [];
  series.forEach((p, i) => {
    if (p.actual === null) {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(i).toFixed(1)},${y(p.actual).toFixed(1)}`);
  });
  if (run.length > 1) runs.push(run.join(' '));
  const lastIndex = series.map((p) => p.actual !== null).lastIndexOf(true);
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t.t('spark.label', { actuals: sparkText(series, t) })}>
      {runs.map((points) => (
        <polyline key={points} points={points} fill="none" />
      ))}
      {series.map((p, i) => (p.actual === null ? null : <circle key={p.period_end} cx={x(i)} cy={y(p.actual)} r={i === lastIndex ? 2.6 : 1.6} className={i === lastIndex ? 'last' : undefined} />))}
    </svg>
  );
}
