import { useState } from 'react';
import { PROMPT } from '../../../../engine/forwardPass/weights';
import { formatFixed, formatVector } from '../shared/format';
import SimFrame from '../shared/SimFrame';
import { rowsOf, useForwardPass } from '../shared/useForwardPass';
import ValueMatrix from '../shared/ValueMatrix';
import WeightMatrix from '../shared/WeightMatrix';

/** Lesson 1 of the forward pass: words to ids, ids to embeddings, position added, then LayerNorm, every cell editable. */
export default function EmbeddingsStep() {
  const [step, setStep] = useState(0);
  const result = useForwardPass();
  const last = PROMPT.length - 1;
  const stats = result.ln1Rows;
  const lnRow = rowsOf(result.ln1)[last];
  const lnMean = lnRow.reduce((sum, v) => sum + v, 0) / lnRow.length;
  const steps = [
    {
      name: 'Ids and embeddings',
      content: (
        <>
          <div className="fp-scroll">
            <table className="fp-table" data-stage="ids">
              <caption>Token ids</caption>
              <thead>
                <tr>
                  <th scope="col">word</th>
                  <th scope="col">id</th>
                </tr>
              </thead>
              <tbody>
                {PROMPT.map((word, t) => (
                  <tr key={word}>
                    <th scope="row">{word}</th>
                    <td data-cell={`id-${t}`}>{result.ids[t]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <WeightMatrix name="tokEmb" />
          <WeightMatrix name="posEmb" />
          <ValueMatrix stage="x" values={rowsOf(result.x)} caption="x = tok_emb[id] + pos_emb[position]" />
        </>
      ),
    },
    {
      name: 'LayerNorm',
      content: (
        <>
          <ValueMatrix stage="x" values={rowsOf(result.x)} />
          <div className="fp-scroll">
            <table className="fp-table" data-stage="ln-stats">
              <caption>Each row’s mean and variance</caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col">mean μ</th>
                  <th scope="col">variance σ²</th>
                </tr>
              </thead>
              <tbody>
                {PROMPT.map((word, t) => (
                  <tr key={word}>
                    <th scope="row">{word}</th>
                    <td data-cell={`mean-${t}`}>{formatFixed(stats[t].mean, 4)}</td>
                    <td data-cell={`variance-${t}`}>{formatFixed(stats[t].variance, 4)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ValueMatrix stage="ln1" values={rowsOf(result.ln1)} caption="LN₁(x) = (x − μ) / √(σ² + ε)" />
        </>
      ),
    },
  ];
  return (
    <SimFrame
      className="fp-embeddings"
      legend="Step of the forward pass"
      steps={steps}
      step={step}
      onStep={setStep}
      summary={
        <p>
          “{PROMPT[last]}” enters the block as x = <span data-summary="x-on">{formatVector(rowsOf(result.x)[last])}</span>;
          after LayerNorm it is <span data-summary="ln1-on">{formatVector(rowsOf(result.ln1)[last])}</span>. Its mean
          goes from {formatFixed(stats[last].mean)} to {formatFixed(lnMean)}.
        </p>
      }
      caption={
        <>
          Type a new number into any cell of tok_emb or pos_emb (or use the arrow keys in it): x and LN₁(x) change at
          once, here and in the next two lessons. Focus or hover over a computed number to highlight the cells it
          came from. Rows and columns count from 0, as the ids do. “Restore the seed’s weights” undoes every edit.
        </>
      }
    />
  );
}
