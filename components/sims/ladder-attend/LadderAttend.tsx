import { useMemo } from 'react';
import { PROMPT, runPipeline, wordIndex } from '../../../engine/ladder/languageModel';
import EmbeddingEditor from '../ladder-language/EmbeddingEditor';
import { useLadderWeights } from '../ladder-language/embeddingStore';
import { formatFixed, formatVector } from '../ladder-language/format';
import AttentionArrows from './AttentionArrows';
import '../ladder-language/ladderLanguage.css';
import ScrollBox from '../ladder-language/ScrollBox';

const PROMPT_ROWS = PROMPT.map(wordIndex);
const QUERY = PROMPT[PROMPT.length - 1];

/** Rung 5: identity Q = K = V attention from "creature": scores, weights α, the nudge Δe and h₁, all live. */
export default function LadderAttend() {
  const weights = useLadderWeights();
  const r = useMemo(() => runPipeline(PROMPT, weights), [weights]);
  const sum = r.alpha.reduce((a, b) => a + b, 0);
  const q = r.x[r.x.length - 1];
  return (
    <figure className="lsim">
      <p className="lsim-title">Embeddings of the prompt · edit here or in Stage 4</p>
      <EmbeddingEditor words={PROMPT_ROWS} highlight={PROMPT_ROWS} />
      <p className="lsim-title">Live attention · query = {QUERY}</p>
      <p className="lsim-vector" data-testid="attend-query">
        Q_{QUERY} = {formatVector(q)}
      </p>
      <div className="lsim-row">
        <ScrollBox label="Attention scores table">
          <table className="lsim-table" aria-label={`Attention from “${QUERY}”: Q·K score and weight α for every prompt word`}>
            <thead>
              <tr>
                <th scope="col">token (K)</th>
                <th scope="col">Q·K</th>
                <th scope="col">α</th>
              </tr>
            </thead>
            <tbody>
              {PROMPT.map((word, i) => (
                <tr key={i}>
                  <th scope="row">{word}</th>
                  <td data-column="score">{formatFixed(r.scores[i], 3)}</td>
                  <td data-column="alpha">{formatFixed(r.alpha[i], 3)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Σ α</th>
                <td />
                <td data-column="alpha-sum">{formatFixed(sum, 3)}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollBox>
        <AttentionArrows words={PROMPT} scores={r.scores} alpha={r.alpha} />
      </div>
      <p className="lsim-title">The nudge · Δe = Σ αᵢ·Vᵢ, then add to {QUERY}</p>
      <p className="lsim-vector" data-testid="attend-delta">
        Δe = {formatVector(r.delta, 3)}
      </p>
      <p className="lsim-vector" data-testid="attend-h1" role="status">
        h₁ = x_{QUERY} + Δe = {formatVector(q, 3)} + {formatVector(r.delta, 3)} = {formatVector(r.h1, 3)}
      </p>
      <figcaption>
        Move a slider of “fluffy” or “blue” towards “{QUERY}” and watch its Q·K and its arrow grow, and h₁ follow. Arrow
        width is the weight α; the number on each arrow is Q·K before softmax. Q, K and V are all the raw embedding here.
      </figcaption>
    </figure>
  );
}
