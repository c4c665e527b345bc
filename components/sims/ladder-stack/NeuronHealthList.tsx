import type { BumpActivation, NeuronHealth } from '../../../engine/ladder/bump';
import { DEAD_SLOPE } from '../../../engine/ladder/bump';
import { formatFixed, formatScientific } from '../ladder-line/format';

const slopeText = (s: number) => (s === 0 || s >= 1e-3 ? formatFixed(s, 3) : formatScientific(s, 2));

/** Says, per neuron, whether it can still learn: its largest slope over the four points, and dead or alive. */
export default function NeuronHealthList({ health, act }: { health: readonly NeuronHealth[]; act: BumpActivation }) {
  return (
    <ul className="ld-health" data-testid="neuron-health">
      {health.map((h, i) => (
        <li key={i}>
          Neuron {i + 1}:{' '}
          {h.dead ? (
            <>
              <span className="ld-dead">dead</span>
              {act === 'relu'
                ? `, z${i === 0 ? '₁' : '₂'} ≤ 0 at all four points, so its slope and its gradient are exactly 0: training can never move it again.`
                : `, σ′ is below ${DEAD_SLOPE} at all four points (at most ${slopeText(h.largestSlope)}), so its updates are too small to move it.`}
            </>
          ) : (
            <>
              <span className="ld-alive">alive</span>, largest slope {slopeText(h.largestSlope)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
