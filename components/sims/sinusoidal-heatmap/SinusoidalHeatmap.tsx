import { useMemo, useState } from 'react';
import { sinusoidalTable } from '../../../engine/positional';
import { pairWavelength } from '../../../engine/positionalWaves';
import { formatFixed } from '../token-similarity/format';
import Heatmap from './Heatmap';
import OffsetCheck from './OffsetCheck';
import './sinusoidalHeatmap.css';
import RangeField from '../../ui/RangeField';

const POSITIONS = 32;

/** Chapter 4's sinusoidal table: positions 0–31 by 8 to 128 dimensions, and the offset property on numbers. */
export default function SinusoidalHeatmap() {
  const [dims, setDims] = useState(32);
  const table = useMemo(() => sinusoidalTable(POSITIONS, dims), [dims]);
  const fastest = pairWavelength(0, dims);
  const slowest = pairWavelength(dims / 2 - 1, dims);
  const row1 = Array.from(table.data.subarray(dims, dims + 4), (v) => formatFixed(v, 2)).join(', ');
  const description =
    `Heatmap of the sinusoidal encoding: ${POSITIONS} positions down, ${dims} dimensions across. ` +
    `The first pair of columns repeats every ${formatFixed(fastest, 2)} positions; the last pair repeats every ` +
    `${formatFixed(slowest, 0)} positions, so over 32 positions it barely changes. Position 0 is 0, 1, 0, 1 …; ` +
    `position 1 starts ${row1}.`;

  return (
    <figure className="sh">
      <RangeField
        className="sh-field"
        label="Dimensions d"
        min={8}
        max={128}
        step={8}
        value={dims}
        output={dims}
        onChange={setDims}
      />
      <Heatmap table={table} description={description} />
      <p className="sh-legend">
        <span className="sh-swatch sh-swatch-pos" aria-hidden="true" /> positive (up to +1){' '}
        <span className="sh-swatch sh-swatch-neg" aria-hidden="true" /> negative (down to −1); rows are positions 0–31,
        columns are dimensions 0–{dims - 1}.
      </p>
      <p className="sh-facts" data-testid="wavelengths">
        Columns 0 and 1 repeat every <strong>{formatFixed(fastest, 2)}</strong> positions (2π); columns {dims - 2} and{' '}
        {dims - 1} every <strong>{formatFixed(slowest, 0)}</strong>.
      </p>
      <OffsetCheck dims={dims} />
      <figcaption>
        Move the dimensions slider and watch the waves: the left columns flicker fast, the right ones hardly change
        over 32 positions. Then pick a position and an offset: PE(pos + k) and PE(pos) · M_k agree in every dimension.
      </figcaption>
    </figure>
  );
}
