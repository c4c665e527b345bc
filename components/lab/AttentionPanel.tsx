import { useId, useMemo, useState } from 'react';
import type { GptModel } from '../../engine/gpt/forward';
import { forwardSequence } from '../../engine/gpt/forward';
import { nameTokenizer, sanitiseWord } from '../../engine/lab/names';
import { Heatmap } from './Heatmap';
import { DialSelect } from './DialSelect';
import { SNAPSHOT_EVERY } from './labSettings';

const TOKENIZER = nameTokenizer();

/** Props: the latest snapshot of the model (null until the first one arrives). */
export interface AttentionPanelProps {
  model: { model: GptModel; step: number } | null;
}

/** Section 2: pick a layer and head, type a word, and see where each letter looks; updates with every snapshot. */
export function AttentionPanel({ model }: AttentionPanelProps) {
  const inputId = useId();
  const [text, setText] = useState('emma');
  const [layer, setLayer] = useState(1);
  const [head, setHead] = useState(1);
  const config = model?.model.config;
  const maxCharacters = (config?.contextLength ?? 16) - 1;
  const word = useMemo(() => sanitiseWord(text, TOKENIZER, maxCharacters), [text, maxCharacters]);
  const attention = useMemo(() => (model ? forwardSequence(model.model, word.ids).attention : null), [model, word]);
  const l = Math.min(layer, config?.layers ?? 1);
  const h = Math.min(head, config?.heads ?? 1);
  const matrix = attention?.[l - 1]?.[h - 1];
  return (
    <figure className="lab-panel">
      <div className="lab-dials">
        <DialSelect label="Layer" value={l} choices={range(config?.layers ?? 1)} onChange={setLayer} />
        <DialSelect label="Head" value={h} choices={range(config?.heads ?? 1)} onChange={setHead} />
        <span className="lab-dial">
          <label htmlFor={inputId}>Word</label>
          <input id={inputId} type="text" value={text} maxLength={200} autoComplete="off" spellCheck={false}
            onChange={(e) => setText(e.target.value)} />
        </span>
      </div>
      <p className="lab-typed" data-testid="lab-typed">
        The model reads: <span className="lab-token">.</span>
        {word.characters.map((c, i) => c.known
          ? <span key={i} className="lab-token">{c.text}</span>
          : <span key={i} className="lab-token lab-unknown" title="not a–z: left out">{c.text}<span className="visually-hidden"> (unknown)</span></span>)}
      </p>
      <p className="lab-note" aria-live="polite" data-testid="lab-typed-note">
        {[
          word.unknownCount > 0 ? `${word.unknownCount} character${word.unknownCount === 1 ? ' is' : 's are'} not a–z and left out (struck through).` : '',
          word.truncated ? `Only the first ${maxCharacters} characters fit the context.` : '',
          word.ids.length === 1 ? 'Type letters to see where they look; the boundary "." alone only looks at itself.' : '',
        ].filter(Boolean).join(' ') || 'Capitals are read as lower case.'}
      </p>
      {matrix ? (
        <Heatmap labels={word.tokens} weights={matrix}
          caption={`Attention of layer ${l}, head ${h} at step ${model?.step}: rows are the letter looking, columns the letter looked at`} />
      ) : <p>Waiting for the model…</p>}
      <figcaption>
        Row = the letter looking, column = the letter looked at; darker means more weight, and each row sums to 1. Only the
        lower triangle is filled: no letter may peek at a later one. The map follows the training every {SNAPSHOT_EVERY} steps.
      </figcaption>
    </figure>
  );
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
