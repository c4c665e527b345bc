import { useId } from 'react';
import { VOCAB } from '../../../engine/ladder/languageModel';
import { formatFixed } from '../token-similarity/format';
import { EMBEDDING_RANGE, useEmbeddingStore, useEmbeddingsEdited } from './embeddingStore';

const DIMS = ['d₀', 'd₁', 'd₂'];

/** Sliders for the rows of E named by `words` (all nine by default), with a button that restores the fitted values. */
export default function EmbeddingEditor({ words, highlight = [] }: { words?: readonly number[]; highlight?: readonly number[] }) {
  const id = useId();
  const embeddings = useEmbeddingStore((s) => s.embeddings);
  const setValue = useEmbeddingStore((s) => s.setValue);
  const reset = useEmbeddingStore((s) => s.reset);
  const edited = useEmbeddingsEdited();
  const rows = words ?? VOCAB.map((_, i) => i);
  return (
    <div className="lsim-editor">
      <div className="lsim-editor-grid">
        {rows.map((w) => (
          <fieldset key={w} className={`lsim-word${highlight.includes(w) ? ' lsim-word-prompt' : ''}`}>
            <legend>{VOCAB[w]}</legend>
            {DIMS.map((dim, d) => {
              const inputId = `${id}-${w}-${d}`;
              return (
                <div className="lsim-slider" key={d}>
                  <label htmlFor={inputId}>{dim}</label>
                  <input
                    id={inputId}
                    // The visible label is the column (d₀); the name adds the word, so every slider is distinct.
                    aria-label={`${VOCAB[w]} ${dim}`}
                    type="range"
                    min={EMBEDDING_RANGE.min}
                    max={EMBEDDING_RANGE.max}
                    step={EMBEDDING_RANGE.step}
                    value={embeddings[w][d]}
                    onChange={(e) => setValue(w, d, Number(e.target.value))}
                  />
                  <output htmlFor={inputId}>{formatFixed(embeddings[w][d], 1)}</output>
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      <button type="button" onClick={reset} disabled={!edited}>
        ↺ Restore the fitted embeddings
      </button>
    </div>
  );
}
