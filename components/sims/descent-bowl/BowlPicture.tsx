import type { MouseEvent } from 'react';
import type { Bowl, Point } from '../../../engine/gradientDescent';

/** Props: the bowl, the half-width of the window, the path to draw, a click handler and the text alternative. */
export interface BowlPictureProps {
  bowl: Bowl;
  rim: number;
  path: readonly Point[];
  onClick: (event: MouseEvent<SVGSVGElement>) => void;
  label: string;
}

// Heights of the contour lines; a·x² + b·y² = c is an ellipse with half-axes √(c/a) and √(c/b).
const LEVELS = [0.25, 1, 2, 3, 4.8];

/** The bowl seen from above as contour ellipses, with the ball's path and the ball. */
export default function BowlPicture({ bowl, rim, path, onClick, label }: BowlPictureProps) {
  const ball = path[path.length - 1];
  const line = path.map((p) => `${p.x},${-p.y}`).join(' ');
  return (
    <svg className="pr-svg" viewBox={`${-rim} ${-rim} ${2 * rim} ${2 * rim}`} role="img" aria-label={label} onClick={onClick}>
      <rect x={-rim} y={-rim} width={2 * rim} height={2 * rim} fill="var(--bg)" stroke="var(--border)" strokeWidth={0.03} />
      {LEVELS.map((c) => (
        <ellipse key={c} cx={0} cy={0} rx={Math.sqrt(c / bowl.a)} ry={Math.sqrt(c / bowl.b)} fill="none" stroke="var(--muted)" strokeWidth={0.03} />
      ))}
      <circle cx={0} cy={0} r={0.06} fill="var(--muted)" />
      <polyline points={line} fill="none" stroke="var(--accent)" strokeWidth={0.05} />
      <circle cx={ball.x} cy={-ball.y} r={0.16} fill="var(--focus)" />
    </svg>
  );
}
