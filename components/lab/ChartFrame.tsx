/** The size and margins every Lab chart is drawn at (SVG units, scaled to the page's width). */
export const CHART = { W: 600, H: 220, PAD: { left: 34, right: 12, top: 10, bottom: 24 } };

/** Props: the tick values on each axis, where they go, and the dashed reference line's height. */
export interface ChartGridProps {
  yTicks: readonly number[];
  xTicks: readonly number[];
  x(step: number): number;
  y(value: number): number;
  /** The value of the dashed reference line (the uniform guess, or a threshold). */
  reference: number;
}

/** The grid, both axes' labels and the dashed reference line that LossChart and ScoreChart share. */
export function ChartGrid({ yTicks, xTicks, x, y, reference }: ChartGridProps) {
  const { W, H, PAD } = CHART;
  return (
    <>
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="lab-grid" />
          <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="lab-axis">{t}</text>
        </g>
      ))}
      {xTicks.map((t) => <text key={`x${t}`} x={x(t)} y={H - 6} textAnchor="middle" className="lab-axis">{t}</text>)}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(reference)} y2={y(reference)} className="lab-uniform" />
    </>
  );
}
