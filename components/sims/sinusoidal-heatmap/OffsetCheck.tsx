import { useId, useMemo, useState } from 'react';
import { getRow, matmulRowVector } from '../../../engine/matrix';
import { sinusoidalOffsetMatrix, sinusoidalTable } from '../../../engine/positional';
import { largestDifference } from '../../../engine/orderBlind';
import { formatFixed } from '../token-similarity/format';
import RangeField from '../../ui/RangeField';

const SHOWN = 4;

/** The offset property on numbers: PE(pos + k) next to PE(pos)·M_k, where M_k depends on k alone. */
export default function OffsetCheck({ dims }: { dims: number }) {
  const titleId = useId();
  const [pos, setPos] = useState(3);
  const [k, setK] = useState(2);
  const { here, there, moved, gap } = useMemo(() => {
    const table = sinusoidalTable(pos + k + 1, dims);
    const here = getRow(table, pos);
    const there = getRow(table, pos + k);
    const moved = matmulRowVector(here, sinusoidalOffsetMatrix(k, dims)); // (1 × d)·(d × d) → 1 × d
    return { here, there, moved, gap: largestDifference(there, moved) };
  }, [pos, k, dims]);
  const rows = [
    { label: `PE(${pos})`, values: here, column: 'here' },
    { label: `PE(${pos} + ${k})`, values: there, column: 'there' },
    { label: `PE(${pos}) · M${k}`, values: moved, column: 'moved' },
  ];
  return (
    <div className="sh-offset">
      <div className="sh-controls">
        <RangeField
          className="sh-field"
          label="Position pos"
          min={0}
          max={24}
          value={pos}
          output={pos}
          onChange={setPos}
        />
        <RangeField className="sh-field" label="Offset k" min={0} max={8} value={k} output={k} onChange={setK} />
      </div>
      <p className="sh-title" id={titleId}>
        First {SHOWN} of {dims} dimensions: the encoding {k} positions later, and the same vector times the matrix M
        {k}
      </p>
      <div className="sh-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="sh-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Vector</th>
              {Array.from({ length: SHOWN }, (_, i) => (
                <th scope="col" key={i}>
                  dim {i}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.column}>
                <th scope="row">{row.label}</th>
                {Array.from(row.values.subarray(0, SHOWN), (v, i) => (
                  <td key={i} data-column={row.column}>
                    {formatFixed(v, 4)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="sh-verdict" role="status">
        Largest difference between PE({pos + k}) and PE({pos}) · M{k} over all {dims} dimensions:{' '}
        <strong data-testid="offset-gap">{gap < 5e-13 ? '0 (to 12 decimals)' : formatFixed(gap, 12)}</strong>. M{k}{' '}
        turns the first pair by {k} radian{k === 1 ? '' : 's'} and never looks at pos.
      </p>
    </div>
  );
}
