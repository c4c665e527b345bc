import { useId, useMemo, useState } from 'react';
import type { GptModel } from '../../engine/gpt/forward';
import { forwardSequence } from '../../engine/gpt/forward';
import { visibleCharacter } from '../../engine/lab/text';
import { readTyped, samplePrompt, type LabCorpus } from './corpus';
import { Heatmap } from './Heatmap';
import { DialSelect } from './DialSelect';
import { SNAPSHOT_EVERY } from './labSettings';

/** Props: the latest snapshot of the model (null until the first one arrives), and the corpus it learns. */
export interface AttentionPanelProps {
  model: { model: GptModel; step: number } | null;
  corpus: LabCorpus;
}

/** Section 2: pick a layer and head, type a word, and see where each letter looks; updates with every snapshot. */
export function AttentionPanel({ model, corpus }: AttentionPanelProps) {
  const inputId = useId();
  const [text, setText] = useState(() => samplePrompt(corpus));
  const names = corpus.kind === 'names';
  const [layer, setLayer] = useState(1);
  const [head, setHead] = useState(1);
  const config = model?.model.config;
  const contextLength = config?.contextLength ?? 16;
  const maxCharacters = names ? contextLength - 1 : contextLength;
  const word = useMemo(() => readTyped(corpus, text, contextLength), [corpus, text, contextLength]);
  const usable = word.ids.length > 0 && model?.model.config.vocabSize === corpus.vocabulary.length;
  const attention = useMemo(() => (model && usable ? forwardSequence(model.model, word.ids).attention : null), [model, word, usable]);
  const l = Math.min(layer, config?.layers ?? 1);
  const h = Math.min(head, config?.heads ?? 1);
  const matrix = attention?.[l - 1]?.[h - 1];
  return (
    <figure className="lab-panel">
      <div className="lab-dials">
        <DialSelect label="Layer" value={l} choices={range(config?.layers ?? 1)} onChange={setLayer} />
        <DialSelect label="Head" value={h} choices={range(config?.heads ?? 1)} onChange={setHead} />
        <span className="lab-dial">
          <label htmlFor={inputId}>{names ? 'Word' : 'Text'}</label>
          <input id={inputId} type="text" value={text} maxLength={200} autoComplete="off" spellCheck={false}
            onChange={(e) => setText(e.target.value)} />
        </span>
      </div>
      <p className="lab-typed" data-testid="lab-typed">
        The model reads: {word.boundary !== null && <span className="lab-token">{word.boundary}</span>}
        {word.characters.map((c, i) => c.known
          ? <span key={i} className="lab-token">{visibleCharacter(c.text)}</span>
          : <span key={i} className="lab-token lab-unknown" title={`${names ? 'not a–z' : 'not in the text'}: left out`}>{c.text}<span className="visually-hidden"> (unknown)</span></span>)}
      </p>
      <p className="lab-note" aria-live="polite" data-testid="lab-typed-note">
        {[
          word.unknownCount > 0 ? `${word.unknownCount} character${word.unknownCount === 1 ? ' is' : 's are'} ${names ? 'not a–z' : 'not in the text’s vocabulary'} and left out (struck through).` : '',
          word.truncated ? (names ? `Only the first ${maxCharacters} characters fit the context.` : `Only the last ${maxCharacters} characters fit the context.`) : '',
          names && word.ids.length === 1 ? 'Type letters to see where they look; the boundary "." alone only looks at itself.' : '',
          !names && word.ids.length === 0 ? 'Type some of the text’s characters to see where they look.' : '',
        ].filter(Boolean).join(' ') || (names ? 'Capitals are read as lower case.' : 'Capitals count: the text’s own characters are the tokens.')}
      </p>
      {matrix ? (
        <Heatmap labels={word.tokens.map(visibleCharacter)} weights={matrix}
          caption={`Attention of layer ${l}, head ${h} at step ${model?.step}: rows are the ${names ? 'letter' : 'character'} looking, columns the ${names ? 'letter' : 'character'} looked at`} />
      ) : <p>{model && word.ids.length === 0 ? 'Nothing to show yet.' : 'Waiting for the model…'}</p>}
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
