import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SchedulePoint } from '../../../engine/trainingCurves';
import { formatFixed } from './format';

/** The y axis counts in units of 10⁻⁴, so its labels stay short at 360 px. */
const AXIS_UNIT = 1e-4;

/** Props: the schedule's points, where warmup ends, the highest rate the axis must show, and a description. */
export interface ScheduleChartProps {
  curve: readonly SchedulePoint[];
  peakStep: number;
  axisMax: number;
  description: string;
}

/** The learning rate against the step: a straight warmup ramp, then half a cosine down to the floor. */
export default function ScheduleChart({ curve, peakStep, axisMax, description }: ScheduleChartProps) {
  const yTicks = Array.from({ length: Math.floor(axisMax / (5 * AXIS_UNIT)) + 1 }, (_, i) => i * 5 * AXIS_UNIT);
  return (
    <div className="lrs-chart" role="img" aria-label={description}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={[...curve]} margin={{ top: 10, right: 16, bottom: 22, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="step"
            type="number"
            domain={[0, 'dataMax']}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            label={{ value: 'training step', position: 'insideBottom', offset: -12, fill: 'var(--muted)', fontSize: 11 }}
          />
          <YAxis
            type="number"
            domain={[0, axisMax]}
            ticks={yTicks}
            width={44}
            tickFormatter={(v: number) => formatFixed(v / AXIS_UNIT, 0)}
            stroke="var(--muted)"
            tick={{ fill: 'var(--muted)', fontSize: 11 }}
            label={{ value: 'rate (× 10⁻⁴)', angle: -90, position: 'insideLeft', offset: 10, fill: 'var(--muted)', fontSize: 11 }}
          />
          <ReferenceLine x={peakStep} stroke="var(--muted)" strokeDasharray="4 3" />
          <Line dataKey="rate" type="linear" stroke="var(--accent)" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
