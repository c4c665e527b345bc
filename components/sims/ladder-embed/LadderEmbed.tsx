import { useMemo } from 'react';
import { PROMPT, VOCAB, runPipeline, wordIndex } from '../../../engine/ladder/languageModel';
import EmbeddingEditor from '../ladder-language/EmbeddingEditor';
import Prediction from '../ladder-language/Prediction';
import WordScatter from '../ladder-language/WordScatter';
import { useEmbeddingStore, useLadderWeights } from '../ladder-language/embeddingStore';
import { formatPercent } from '../ladder-language/format';
import '../ladder-language/ladderLanguage.css';

const PROMPT_ROWS = PROMPT.map(wordIndex);

/** Rung 4: the embedding table E with a slider per value, the words as points, and the prediction it feeds. */
export default function LadderEmbed() {
  const embeddings = useEmbeddingStore((s) => s.embeddings);
  const weights = useLadderWeights();
  const result = useMemo(() => runPipeline(PROMPT, weights), [weights]);
  return (
    <figure className="lsim">
      <p className="lsim-title">Embedding table E · 9 words × 3 dims</p>
      <EmbeddingEditor highlight={PROMPT_ROWS} />
      <div className="lsim-row">
        <WordScatter embeddings={embeddings} highlight={PROMPT_ROWS} />
        <div>
          <Prediction label={`Next word after “${PROMPT.join(' ')}”`} result={result} testId="embed-prediction" />
          <p className="lsim-note">
            P(roamed) = <strong data-testid="embed-p-roamed">{formatPercent(result.probs[VOCAB.indexOf('roamed')])}</strong>. The
            prediction scores every word against E itself, so moving one word’s row changes both what the prompt
            means and how strongly that word is proposed.
          </p>
        </div>
      </div>
      <figcaption>
        Drag any slider (or focus it and use the arrow keys) and watch the point move and the prediction change. Drag
        “forest” d₂ down to −3 and “forest” takes over the next word. The prompt words “a fluffy blue
        creature” have outlined boxes and filled points; d₂ is not drawn, but the model uses it.
      </figcaption>
    </figure>
  );
}
