/** Props: how many tokens each expert received, and the even share for comparison. */
export interface LoadChartProps {
  load: readonly number[];
  /** T·k / E: every expert's load if the routing were perfectly even. */
  even: number;
}

const WIDTH = 320;
const HEIGHT = 150;
const BASE = 120;
const TOP = 14;

/** Per-expert load as bars, with a dashed line at the even share. */
export default function LoadChart({ load, even }: LoadChartProps) {
  const max = Math.max(even, ...load, 1);
  const slot = WIDTH / load.length;
  const y = (value: number) => BASE - ((BASE - TOP) * value) / max;
  const description =
    `Bar chart of tokens per expert: ${load.map((n, e) => `expert ${e + 1}: ${n}`).join(', ')}. ` +
    `An even split would give each expert ${even}.`;
  return (
    <svg className="moe-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
      {load.map((n, e) => (
        <g key={e}>
          <rect x={e * slot + slot * 0.2} y={y(n)} width={slot * 0.6} height={BASE - y(n)} className="moe-bar" />
          <text x={e * slot + slot / 2} y={y(n) - 3} textAnchor="middle" className="moe-bar-value">
            {n}
          </text>
          <text x={e * slot + slot / 2} y={BASE + 14} textAnchor="middle" className="moe-axis">
            E{e + 1}
          </text>
        </g>
      ))}
      <line x1={0} x2={WIDTH} y1={y(even)} y2={y(even)} className="moe-even" />
      <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} className="moe-baseline" />
      <text x={WIDTH} y={BASE + 28} textAnchor="end" className="moe-axis">
        dashed line: even share ({even} each)
      </text>
    </svg>
  );
}
