import { useId, useMemo, useState } from 'react';
import { buildInductionModel, readStream, repeatedSequence, runInductionModel, type BlockReading } from '../../../engine/induction';
import { tokenLabel } from '../induction-head/tokens';
import BusPicture from './BusPicture';
import { formatFixed } from './format';
import './residualBus.css';
import RangeField from '../../ui/RangeField';

const MODEL = buildInductionModel();
// The same sequence the induction-head simulation opens on: <s> K A I P P K A I P P.
const TOKENS = repeatedSequence(5, MODEL.config.vocab, 1);
const STAGES = ['after the embedding', 'after layer 1', 'after layer 2'] as const;
const BLOCKS: Record<BlockReading['block'], { name: string; writer: string }> = {
  token: { name: 'Token', writer: 'embedding' },
  position: { name: 'Position', writer: 'embedding' },
  previous: { name: 'Previous token', writer: 'layer 1' },
  copied: { name: 'Copied (next) token', writer: 'layer 2' },
};

/** What one block holds, in words: the token (or position) and how strongly, or "empty". */
function holding(reading: BlockReading): string {
  if (Math.abs(reading.total) < 1e-9) return 'empty';
  const what = reading.block === 'position' ? `position ${reading.top}` : tokenLabel(reading.top);
  return `${what} (${formatFixed(reading.value, 2)})`;
}

/** Chapter 10's residual-stream picture: the induction model's stream at one position, read after each layer. */
export default function ResidualBus() {
  const titleId = useId();
  const [stage, setStage] = useState(0);
  const [position, setPosition] = useState(7);
  const run = useMemo(() => runInductionModel(MODEL, TOKENS), []);
  const stream = [run.streams.embedded, run.streams.afterLayer1, run.streams.afterLayer2][stage];
  const readings = readStream(MODEL, stream, position);

  return (
    <figure className="bus-sim">
      <BusPicture stage={stage} />
      <div className="bus-controls">
        <RangeField
          className="bus-slider"
          label="Read the stream"
          min={0}
          max={2}
          step={1}
          value={stage}
          output={STAGES[stage]}
          valueText={STAGES[stage]}
          onChange={setStage}
        />
        <RangeField
          className="bus-slider"
          label="At position"
          min={1}
          max={TOKENS.length - 1}
          step={1}
          value={position}
          output={<>{position} (token {tokenLabel(TOKENS[position])})</>}
          onChange={setPosition}
        />
      </div>
      <p className="bus-sequence">Sequence: {TOKENS.map(tokenLabel).join(' ')}</p>
      <p className="bus-table-title" id={titleId}>
        What the stream at position {position} carries {STAGES[stage]}
      </p>
      <table className="bus-table" aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">Block</th>
            <th scope="col">Holds</th>
            <th scope="col">Written by</th>
          </tr>
        </thead>
        <tbody>
          {readings.map((r) => (
            <tr key={r.block} data-block={r.block}>
              <th scope="row">{BLOCKS[r.block].name}</th>
              <td data-column="holds">{holding(r)}</td>
              <td>{BLOCKS[r.block].writer}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        Move the first slider to read the stream after the embedding, after layer 1 and after layer 2, and the second
        to pick a position. Each layer adds a block of its own; what was there before stays untouched. The numbers
        are the induction model of this chapter’s last simulation, whose weights were written by hand.
      </figcaption>
    </figure>
  );
}
