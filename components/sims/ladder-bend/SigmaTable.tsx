import { useId, useMemo } from 'react';
import { sigmoidTable, SIGMOID_TABLE_ZS } from '../../../engine/ladder/neuron';
import { formatFixed, formatScientific } from '../ladder-line/format';

const CAPTION = 'σ and its slope σ′ = σ(1 − σ) at a few z, computed';
const zText = (z: number) => (z === 0 ? '0' : formatFixed(z, 0));
// Slopes span five orders of magnitude; below 0.001 fixed decimals would print 0.000.
const slopeText = (s: number) => (s >= 1e-3 ? formatFixed(s, 4) : formatScientific(s, 2));

/** σ(z) and σ′(z) at z = 0, ±2, ±5, ±10, computed, with the largest slope marked. */
export default function SigmaTable() {
  const rows = useMemo(() => sigmoidTable(SIGMOID_TABLE_ZS), []);
  const largest = Math.max(...rows.map((r) => r.slope));
  const captionId = useId();
  return (
    <div>
      <p className="ld-table-title" id={captionId}>
        {CAPTION}
      </p>
      <div className="ld-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="ld-table" data-testid="sigma-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">z</th>
              <th scope="col">σ(z)</th>
              <th scope="col">σ′(z)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.z}>
                <th scope="row">{zText(r.z)}</th>
                <td>{formatFixed(r.sigma, 5)}</td>
                <td>
                  {slopeText(r.slope)}
                  {r.slope === largest ? ' (largest)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
