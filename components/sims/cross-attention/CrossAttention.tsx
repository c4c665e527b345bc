import { useId, useMemo, useState } from 'react';
import { scaledDotProductAttention } from '../../../engine/attention';
import { fromRows, toRows } from '../../../engine/matrix';
import { formatFixed } from '../causal-mask/format';
import CrossDiagram from './CrossDiagram';
import CrossTable from './CrossTable';
import { DECODER_INPUT, DECODER_NEXT, DECODER_QUERIES, FEATURES, SOURCE, SOURCE_KEYS, SOURCE_VALUES } from './vectors';
import './crossAttention.css';

/** Chapter 6's cross-attention: decoder queries against the encoder's keys and values, one row per decoder token. */
export default function CrossAttention() {
  const name = useId();
  const [selected, setSelected] = useState(1);
  // No causal mask: the whole source sentence is known before the decoder writes a word.
  const result = useMemo(
    () => scaledDotProductAttention(fromRows(DECODER_QUERIES), fromRows(SOURCE_KEYS), fromRows(SOURCE_VALUES)),
    [],
  );
  const weights = toRows(result.weights);
  const outputs = toRows(result.output);
  const row = weights[selected];
  const strongest = row.indexOf(Math.max(...row));

  return (
    <figure className="xattn">
      <fieldset className="xattn-choice">
        <legend>Decoder position (its query)</legend>
        <div className="xattn-options">
          {DECODER_INPUT.map((token, i) => (
            <label key={i}>
              <input type="radio" name={name} checked={selected === i} onChange={() => setSelected(i)} />
              {token} <span className="xattn-next">→ writes “{DECODER_NEXT[i]}”</span>
            </label>
          ))}
        </div>
      </fieldset>
      <CrossDiagram source={SOURCE} decoder={DECODER_INPUT} selected={selected} weights={row} />
      <p className="xattn-status" role="status">
        The decoder at “{DECODER_INPUT[selected]}”, about to write “{DECODER_NEXT[selected]}”, sends its query to the
        encoder and gives {formatFixed(row[strongest] * 100, 1)}% of its attention to “{SOURCE[strongest]}”. It reads
        back [{outputs[selected].map((v) => formatFixed(v, 2)).join(', ')}] in the features {FEATURES.join(', ')}.
      </p>
      <CrossTable source={SOURCE} decoder={DECODER_INPUT} weights={weights} selected={selected} />
      <figcaption>
        Pick a decoder position and watch where its query goes. Queries come from the decoder, keys and values from the
        encoder’s output, so the matrix has a row per English token and a column per French word, and no mask: the
        whole French sentence is known. The vectors were chosen by hand, four named features each.
      </figcaption>
    </figure>
  );
}
