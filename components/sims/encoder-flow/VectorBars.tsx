import { formatFixed } from '../token-similarity/format';

/** Props: the vector to draw and the size of the largest bar. */
export interface VectorBarsProps {
  vector: ArrayLike<number>;
  /** |value| that fills half the height; larger values are clipped at the edge and still shown as numbers. */
  scale: number;
  label: string;
}

const H = 60;

/** A vector as bars above and below a zero line, the picture of one token's numbers at one stage. */
export default function VectorBars({ vector, scale, label }: VectorBarsProps) {
  const n = vector.length;
  const width = Math.max(n * 12, 96);
  const step = width / n;
  return (
    <svg className="ef-bars" viewBox={`0 0 ${width} ${H}`} role="img" aria-label={label} preserveAspectRatio="none">
      <line x1={0} x2={width} y1={H / 2} y2={H / 2} className="ef-zero" />
      {Array.from(vector, (v, i) => {
        const h = Math.min(Math.abs(v) / scale, 1) * (H / 2 - 2);
        return (
          <rect
            key={i}
            x={i * step + step * 0.15}
            width={step * 0.7}
            y={v >= 0 ? H / 2 - h : H / 2}
            height={Math.max(h, 0.5)}
            className={v >= 0 ? 'ef-bar-pos' : 'ef-bar-neg'}
          >
            <title>{formatFixed(v, 2)}</title>
          </rect>
        );
      })}
    </svg>
  );
}
