/** A small SVG line of a metric over the last days; a day without a number is a gap, never a 0. */
export interface SparklineProps {
  /** One entry per day, oldest first; null where nothing was captured or the cell was unreadable. */
  values: readonly (number | null)[];
  label: string;
  width?: number;
  height?: number;
  /** Mark the last point (the alerting period). */
  highlightLast?: boolean;
}

export function Sparkline({ values, label, width = 168, height = 36, highlightLast = true }: SparklineProps) {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const pad = 3;
  const min = known.length ? Math.min(...known) : 0;
  const max = known.length ? Math.max(...known) : 1;
  const span = max - min || Math.abs(max) || 1;
  const step = values.length > 1 ? (width - pad * 2) / (values.length - 1) : 0;
  const x = (i: number) => pad + i * step;
  const y = (v: number) => height - pad - ((v - min) / span) * (height - pad * 2);
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  return (
    <svg className="ss-sparkline" role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <title>{label}</title>
      {segments.map((d, i) => (
        <path key={i} d={d} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      ))}
      {values.map((v, i) =>
        v !== null && Number.isFinite(v) && (segments.length > 1 || known.length === 1) ? <circle key={`p${i}`} cx={x(i)} cy={y(v)} r={1.2} fill="currentColor" /> : null,
      )}
      {highlightLast && last !== null && last !== undefined && Number.isFinite(last) ? (
        <circle className="ss-sparkline-last" cx={x(lastIndex)} cy={y(last)} r={3} />
      ) : null}
    </svg>
  );
}
