import type { CurvePoint } from '../../../engine/scalingLaw';

/** Props: the curve, the two marked points (N and 2N), and a description with their numbers. */
export interface LogLogPlotProps {
  curve: readonly CurvePoint[];
  marks: readonly CurvePoint[];
  description: string;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 12 → ¹², for axis labels like 10¹². */
const superscript = (n: number) => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);

const W = 340;
const H = 220;
const LEFT = 44;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 36;

/** Loss against parameters on log-log axes, where a power law is a straight line of slope −α. */
export default function LogLogPlot({ curve, marks, description }: LogLogPlotProps) {
  const xs = curve.map((p) => p.log10Params);
  const ys = curve.map((p) => p.log10Loss);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  // A little room above and below the line, so the marks never sit on the frame.
  const [y0, y1] = [Math.min(...ys) - 0.02, Math.max(...ys) + 0.02];
  const px = (x: number) => LEFT + ((x - x0) / (x1 - x0)) * (W - LEFT - RIGHT);
  const py = (y: number) => TOP + ((y1 - y) / (y1 - y0)) * (H - TOP - BOTTOM);
  const path = curve.map((p, i) => `${i ? 'L' : 'M'}${px(p.log10Params).toFixed(1)},${py(p.log10Loss).toFixed(1)}`).join(' ');
  const xTicks = [];
  for (let e = Math.ceil(x0); e <= x1; e += 2) xTicks.push(e);
  const yTicks = [2, 3, 4, 5].filter((v) => Math.log10(v) >= y0 && Math.log10(v) <= y1);
  return (
    <svg className="scl-plot" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={description}>
      <rect x={LEFT} y={TOP} width={W - LEFT - RIGHT} height={H - TOP - BOTTOM} className="scl-frame" />
      {xTicks.map((e) => (
        <text key={e} x={px(e)} y={H - BOTTOM + 14} textAnchor="middle" className="scl-tick">
          10{superscript(e)}
        </text>
      ))}
      {yTicks.map((v) => (
        <text key={v} x={LEFT - 5} y={py(Math.log10(v)) + 3} textAnchor="end" className="scl-tick">
          {v}
        </text>
      ))}
      <text x={(LEFT + W - RIGHT) / 2} y={H - 4} textAnchor="middle" className="scl-label">
        parameters N (log scale)
      </text>
      <text
        x={10}
        y={TOP + (H - TOP - BOTTOM) / 2}
        textAnchor="middle"
        className="scl-label"
        transform={`rotate(-90 10 ${TOP + (H - TOP - BOTTOM) / 2})`}
      >
        loss (log scale)
      </text>
      <path d={path} className="scl-line" fill="none" />
      {marks.map((m, i) => (
        <circle
          key={i}
          cx={px(m.log10Params)}
          cy={py(m.log10Loss)}
          r={i === 0 ? 5 : 4}
          className={i === 0 ? 'scl-mark' : 'scl-mark-next'}
        />
      ))}
    </svg>
  );
}
