/** Props: the vectors before and after rotation, each as (x, y). */
export interface RotationPictureProps {
  query: ArrayLike<number>;
  keyVector: ArrayLike<number>;
  queryBefore: ArrayLike<number>;
  keyBefore: ArrayLike<number>;
  description: string;
}

const R = 80; // pixels per unit length
const C = 110; // centre of the 220 × 220 picture

function Arrow({ v, className, label }: { v: ArrayLike<number>; className: string; label?: string }) {
  // SVG's y axis points down; the math's points up.
  const x = C + v[0] * R;
  const y = C - v[1] * R;
  const length = Math.hypot(v[0], v[1]) || 1;
  const [ux, uy] = [v[0] / length, -v[1] / length];
  const head = `${x},${y} ${x - 9 * ux - 4 * uy},${y - 9 * uy + 4 * ux} ${x - 9 * ux + 4 * uy},${y - 9 * uy - 4 * ux}`;
  return (
    <g className={className}>
      <line x1={C} y1={C} x2={x} y2={y} />
      <polygon points={head} />
      {label && (
        <text x={C + v[0] * (R + 16)} y={C - v[1] * (R + 16) + 4} textAnchor="middle">
          {label}
        </text>
      )}
    </g>
  );
}

/** The unit circle with q and k before rotation (dashed) and after (solid). */
export default function RotationPicture({ query, keyVector, queryBefore, keyBefore, description }: RotationPictureProps) {
  return (
    <svg className="rr-picture" viewBox="0 0 220 220" role="img" aria-label={description}>
      <circle cx={C} cy={C} r={R} className="rr-circle" />
      <line x1={C - R - 20} y1={C} x2={C + R + 20} y2={C} className="rr-axis" />
      <line x1={C} y1={C - R - 20} x2={C} y2={C + R + 20} className="rr-axis" />
      <Arrow v={queryBefore} className="rr-q rr-before" />
      <Arrow v={keyBefore} className="rr-k rr-before" />
      <Arrow v={query} className="rr-q" label="q" />
      <Arrow v={keyVector} className="rr-k" label="k" />
    </svg>
  );
}
