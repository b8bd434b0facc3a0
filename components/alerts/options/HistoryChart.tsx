import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** A daily time series drawn with uPlot (options page only: never bundled into the content script). */
export function HistoryChart({ days, values, label, seriesLabel, percent }: { days: readonly string[]; values: readonly (number | null)[]; label: string; seriesLabel: string; percent: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = days.map((day) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 1000);
    const format = (v: number | null) => (v === null ? '—' : percent ? `${(v * 100).toFixed(2)}%` : v.toLocaleString());
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth || 720),
        height: 260,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        scales: { x: { time: true } },
        // Daily points: ticks on whole days only, labelled as dates.
        axes: [
          { incrs: [86_400, 2 * 86_400, 7 * 86_400, 14 * 86_400, 28 * 86_400, 91 * 86_400], values: (_u, ticks) => ticks.map((t) => new Date(t * 1000).toISOString().slice(5, 10)) },
          { values: (_u, ticks) => ticks.map((t) => format(t)), size: 70 },
        ],
        series: [{ value: (_u, ts) => (ts === null ? '—' : new Date(ts * 1000).toISOString().slice(0, 10)) }, { label: seriesLabel, stroke: '#4338ca', width: 2, fill: 'rgba(67,56,202,0.08)', points: { show: true, size: 5 }, value: (_u, v) => format(v) }],
      },
      [xs, [...values]],
      el,
    );
    const onResize = () => plot.setSize({ width: Math.max(320, el.clientWidth), height: 260 });
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      plot.destroy();
    };
  }, [days, values, seriesLabel, percent]);
  return <div ref={box} className="history-chart" role="img" aria-label={label} />;
}
