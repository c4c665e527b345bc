import { CartesianGrid, Line, LineChart, ReferenceDot, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { CrossEntropyPoint } from '../../../engine/trainingCurves';

/** Props: the curve to draw, the current point on it, and a description of both for screen readers. */
export interface LossChartProps {
  curve: readonly CrossEntropyPoint[];
  current: CrossEntropyPoint;
  description: string;
}

/** The loss −ln p against p, with the slider's point marked; the picture is one image with a text alternative. */
export default function LossChart({ curve, current, description }: LossChartProps) {
  return (
    <div className="xe-chart" role="img" aria-label={description}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={[...curve]} margin={{ top: 10, right: 16, bottom: 22, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="probability"
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            label={{ value: 'P(correct)', position: 'insideBottom', offset: -12, fill: 'var(--muted)', fontSize: 11 }}
          />
          <YAxis
            type="number"
            domain={[0, 5]}
            ticks={[0, 1, 2, 3, 4, 5]}
            width={40}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            label={{ value: 'loss', angle: -90, position: 'insideLeft', offset: 12, fill: 'var(--muted)', fontSize: 11 }}
          />
          <Line dataKey="loss" type="monotone" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
          <ReferenceDot x={current.probability} y={current.loss} r={6} fill="var(--accent)" stroke="var(--text)" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
