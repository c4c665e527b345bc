import { useId, useState } from 'react';
import { crossEntropy } from '../../../engine/loss';
import { numericGradient } from '../../../engine/numericDerivative';
import { fixed, scientific, short } from '../primer-common/format';
import Slider from '../primer-common/Slider';
import '../primer-common/primer.css';

/** The three classes of the picture and their starting logits. */
export const CLASSES = ['cat', 'dog', 'bird'] as const;
const START = [1, 2, -0.5];
const H = 1e-5;

/** The primer's softmax + cross-entropy gradient: predicted minus true, next to a finite-difference estimate. */
export default function SoftmaxGradient() {
  const [logits, setLogits] = useState(START);
  const [target, setTarget] = useState(0);
  const name = useId();
  const { loss, probs, gradLogits } = crossEntropy(logits, target);
  const measured = numericGradient((z) => crossEntropy(z, target).loss, logits, H);
  const gap = Math.max(...Array.from(gradLogits, (g, i) => Math.abs(g - measured[i])));
  return (
    <figure className="pr sg">
      <fieldset className="pr-buttons">
        <legend>The true class</legend>
        {CLASSES.map((c, i) => (
          <label key={c}>
            <input type="radio" name={name} checked={target === i} onChange={() => setTarget(i)} /> {c}
          </label>
        ))}
      </fieldset>
      <div className="pr-controls">
        {CLASSES.map((c, i) => (
          <Slider
            key={c}
            label={`Logit of “${c}”`}
            min={-3}
            max={3}
            step={0.1}
            value={logits[i]}
            onChange={(v) => setLogits(logits.map((old, k) => (k === i ? v : old)))}
            format={(v) => short(v, 1)}
          />
        ))}
      </div>
      <p className="pr-readout">
        Loss = −log p({CLASSES[target]}) = <strong data-stat="loss">{fixed(loss, 4)}</strong>
      </p>
      <div className="pr-scroll" role="region" aria-label="Gradient of the loss" tabIndex={0}>
        <table className="pr-table">
          <caption>∂loss/∂z: predicted minus true, and measured</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Predicted p</th>
              <th scope="col">True y</th>
              <th scope="col">p − y</th>
              <th scope="col">Finite difference</th>
            </tr>
          </thead>
          <tbody>
            {CLASSES.map((c, i) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                <td>{fixed(probs[i], 4)}</td>
                <td>{i === target ? 1 : 0}</td>
                <td data-grad={c}>{fixed(gradLogits[i], 4)}</td>
                <td data-measured={c}>{fixed(measured[i], 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="pr-status" aria-live="polite" data-stat="agreement">
        Largest difference between the two columns: {gap === 0 ? '0' : scientific(gap)}.
      </p>
      <figcaption>
        Pick the true class and move the logits. The p − y column is the whole gradient; the last column nudges each
        logit by h = {short(H, 5)} up and down and measures how the loss moves. They agree. An over-predicted wrong class gets
        a positive gradient (push its logit down); the true class gets p − 1, negative (push it up).
      </figcaption>
    </figure>
  );
}
