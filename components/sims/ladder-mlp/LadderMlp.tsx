import { useId, useMemo, useState } from 'react';
import { PROMPT, VOCAB, runPipeline } from '../../../engine/ladder/languageModel';
import Prediction from '../ladder-language/Prediction';
import { useLadderWeights } from '../ladder-language/embeddingStore';
import { formatFixed, formatPercent, formatVector } from '../ladder-language/format';
import NeuronPicture from './NeuronPicture';
import '../ladder-language/ladderLanguage.css';
import ScrollBox from '../ladder-language/ScrollBox';

/** Rung 6: h₂ = h₁ + W₂·ReLU(W₁h₁ + b₁) + b₂ for "a fluffy blue creature", which neurons fired, and a bypass. */
export default function LadderMlp() {
  const bypassId = useId();
  const [bypassed, setBypassed] = useState(false);
  const weights = useLadderWeights();
  const on = useMemo(() => runPipeline(PROMPT, weights), [weights]);
  const off = useMemo(() => runPipeline(PROMPT, weights, { mlp: false }), [weights]);
  const shown = bypassed ? off : on;
  const order = VOCAB.map((_, i) => i).sort((a, b) => shown.probs[b] - shown.probs[a]);
  return (
    <figure className="lsim">
      <div className="lsim-field">
        <input id={bypassId} type="checkbox" checked={bypassed} onChange={(e) => setBypassed(e.target.checked)} />
        <label htmlFor={bypassId}>Bypass the MLP</label>
      </div>
      <p className="lsim-vector" data-testid="mlp-h1">
        h₁ (from attention) = {formatVector(on.h1, 3)}
      </p>
      <div className="lsim-row">
        <ScrollBox label="Neuron table">
          <table className="lsim-table" aria-label="The six ReLU neurons: pre-activation W₁h₁ + b₁, output and whether it fired">
            <thead>
              <tr>
                <th scope="col">neuron</th>
                <th scope="col">W₁h₁ + b₁</th>
                <th scope="col">ReLU</th>
                <th scope="col">fired?</th>
              </tr>
            </thead>
            <tbody>
              {on.preActivations.map((z, j) => (
                <tr key={j}>
                  <th scope="row">{j + 1}</th>
                  <td data-column="pre">{formatFixed(z, 3)}</td>
                  <td data-column="relu">{formatFixed(on.hidden[j], 3)}</td>
                  <td data-column="fired">{on.hidden[j] > 0 ? 'fired' : 'silent'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <NeuronPicture hidden={on.hidden} bypassed={bypassed} />
      </div>
      <p className="lsim-vector" data-testid="mlp-delta">
        Δ = W₂·ReLU(…) + b₂ = {bypassed ? 'skipped' : formatVector(on.mlpOut, 3)}
      </p>
      <p className="lsim-vector" data-testid="mlp-h2">
        h₂ = {bypassed ? `h₁ = ${formatVector(off.h2, 3)}` : `h₁ + Δ = ${formatVector(on.h2, 3)}`}
      </p>
      <Prediction label="Next word, MLP on" result={on} testId="mlp-on" />
      <Prediction label="Next word, bypassed" result={off} testId="mlp-off" />
      <ScrollBox label="Next-word probability table">
        <table className="lsim-table" aria-label={`Next-word probabilities ${bypassed ? 'with the MLP bypassed' : 'with the MLP on'}`}>
          <thead>
            <tr>
              <th scope="col">word</th>
              <th scope="col">P</th>
            </tr>
          </thead>
          <tbody>
            {order.slice(0, 4).map((i) => (
              <tr key={i}>
                <th scope="row">{VOCAB[i]}</th>
                <td data-column="p">{formatPercent(shown.probs[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <figcaption>
        Tick “Bypass the MLP” to see the prediction from the attention output alone, then untick it. Filled neurons fired
        (ReLU above 0); grey ones stayed silent. Edit an embedding in Stage 4 and the neurons here respond.
      </figcaption>
    </figure>
  );
}
