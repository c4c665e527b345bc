/** Props: tail and tip in SVG units, a CSS class for the colour, and the head size. */
export interface ArrowProps {
  from: { x: number; y: number };
  to: { x: number; y: number };
  className: string;
  head?: number;
  width?: number;
}

/** A straight arrow with a filled head drawn as a polygon, so it scales with the picture. */
export default function Arrow({ from, to, className, head = 0.35, width = 0.08 }: ArrowProps) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return <circle className={className} cx={to.x} cy={to.y} r={width} style={{ stroke: 'none' }} />;
  const ux = dx / length;
  const uy = dy / length;
  const h = Math.min(head, length * 0.6);
  const base = { x: to.x - ux * h, y: to.y - uy * h };
  const side = { x: -uy * h * 0.5, y: ux * h * 0.5 };
  const points = [to, { x: base.x + side.x, y: base.y + side.y }, { x: base.x - side.x, y: base.y - side.y }]
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
  return (
    <g className={className}>
      <line x1={from.x} y1={from.y} x2={base.x} y2={base.y} strokeWidth={width} />
      <polygon points={points} stroke="none" />
    </g>
  );
}
