import { useMemo, useState } from 'react';
import { extent, sampleWave, type Tone } from '../../../engine/sequences';
import { formatFixed } from './format';
import TokenStrip from './TokenStrip';
import RangeField from '../../ui/RangeField';

/** The toy sound: a 2 Hz tone plus a quieter 5 Hz tone, one second long (real audio is far faster). */
export const TONES: readonly Tone[] = [
  { frequency: 2, amplitude: 1 },
  { frequency: 5, amplitude: 0.35 },
];
const WIDTH = 320;
const HEIGHT = 120;
const PAD = 8;
// Enough points that the drawn curve looks continuous, standing in for the sound before it is measured.
const CURVE_POINTS = 320;

/** Audio becomes a sequence of samples: the wave's height measured at evenly spaced moments. */
export default function AudioDomain() {
  const [count, setCount] = useState(16);
  const curve = useMemo(() => sampleWave(TONES, CURVE_POINTS, 1), []);
  const samples = useMemo(() => sampleWave(TONES, count, 1), [count]);
  const { min, max } = extent(curve.values);
  const x = (t: number) => PAD + t * (WIDTH - 2 * PAD);
  const y = (v: number) => PAD + ((max - v) / (max - min)) * (HEIGHT - 2 * PAD);

  return (
    <div className="seq-domain">
      <RangeField
        className="seq-field"
        label="Samples taken in one second"
        min={4}
        max={40}
        step={1}
        value={count}
        output={count}
        valueText={`${count} samples`}
        onChange={setCount}
      />
      <svg
        className="seq-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`A sound wave, a 2 Hz tone plus a quieter 5 Hz tone over one second, measured at ${count} evenly spaced moments; the measured heights are listed below.`}
      >
        <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} className="seq-axis" />
        <polyline
          className="seq-curve"
          fill="none"
          points={curve.times.map((t, i) => `${x(t)},${y(curve.values[i])}`).join(' ')}
        />
        {samples.times.map((t, i) => (
          <g key={i}>
            <line x1={x(t)} x2={x(t)} y1={y(0)} y2={y(samples.values[i])} className="seq-stem" />
            <circle cx={x(t)} cy={y(samples.values[i])} r={3} className="seq-dot" />
          </g>
        ))}
      </svg>
      <TokenStrip unit="sample" items={samples.values.map((v) => ({ text: formatFixed(v, 2) }))} />
    </div>
  );
}
