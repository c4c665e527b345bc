import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { LossPoint } from './previewState';

/** Props: the reported points, the run's length, the loss of a uniform guess, and a text alternative. */
export interface LossCurvesProps {
  points: readonly LossPoint[];
  totalSteps: number;
  uniformLoss: number;
  description: string;
}

/** Training and held-out loss against the step, with the uniform-guess loss as a dashed reference line. */
export default function LossCurves({ points, totalSteps, uniformLoss, description }: LossCurvesProps) {
  const top = Math.ceil(uniformLoss + 0.5);
  return (
    <div className="tp-chart" role="img" aria-label={description}>
      <ResponsiveContainer width="100%" height={250}>
        <LineChart data={[...points]} margin={{ top: 10, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="step"
            type="number"
            domain={[0, totalSteps]}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
          />
          <YAxis type="number" domain={[0, top]} width={32} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 11 }} />
          <ReferenceLine y={uniformLoss} stroke="var(--muted)" strokeDasharray="4 3" />
          <Legend wrapperStyle={{ fontSize: 12, color: 'var(--text)' }} />
          <Line name="training loss" dataKey="loss" type="linear" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line
            name="held-out loss"
            dataKey="heldOutLoss"
            type="linear"
            stroke="var(--text)"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={{ r: 2 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
