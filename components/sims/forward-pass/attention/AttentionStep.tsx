import { useState } from 'react';
import { argmax } from '../../../../engine/forwardPass/pipeline';
import { PROMPT, SEED_PRINTED_ATTENTION_ON } from '../../../../engine/forwardPass/weights';
import { formatFixed, formatPercent, formatVector } from '../shared/format';
import SimFrame from '../shared/SimFrame';
import { rowsOf, useForwardPass } from '../shared/useForwardPass';
import ValueMatrix from '../shared/ValueMatrix';
import WeightMatrix from '../shared/WeightMatrix';

const maskedText = (v: number) => (Number.isFinite(v) ? formatFixed(v) : 'masked');

/** Lesson 2 of the forward pass: Q, K, V, scores, scaling, mask, softmax, weighted sum, W_O and the residual. */
export default function AttentionStep() {
  const [step, setStep] = useState(0);
  const result = useForwardPass();
  const { attention } = result;
  const last = PROMPT.length - 1;
  const onWeights = rowsOf(attention.weights)[last];
  const top = argmax(onWeights);
  const onOut = rowsOf(result.attnOut)[last];
  const steps = [
    {
      name: 'Q, K and V',
      content: (
        <>
          <ValueMatrix stage="ln1" values={rowsOf(result.ln1)} />
          <WeightMatrix name="wQ" />
          <WeightMatrix name="wK" />
          <WeightMatrix name="wV" />
          <ValueMatrix stage="q" values={rowsOf(result.q)} caption="Q = LN₁(x)·W_Q" />
          <ValueMatrix stage="k" values={rowsOf(result.k)} caption="K = LN₁(x)·W_K" />
          <ValueMatrix stage="v" values={rowsOf(result.v)} caption="V = LN₁(x)·W_V" />
        </>
      ),
    },
    {
      name: 'Scores and weights',
      content: (
        <>
          <ValueMatrix stage="q" values={rowsOf(result.q)} />
          <ValueMatrix stage="k" values={rowsOf(result.k)} />
          <ValueMatrix stage="scores" values={rowsOf(attention.rawScores)} caption="Scores Q·Kᵀ (row: query, column: key)" />
          <ValueMatrix stage="scaled" values={rowsOf(attention.scaledScores)} caption={`Scaled: × 1/√4 = ${formatFixed(attention.scale, 2)}`} />
          <ValueMatrix stage="masked" values={rowsOf(attention.maskedScores)} format={maskedText} caption="Causal mask: later keys hidden" />
          <ValueMatrix stage="weights" values={rowsOf(attention.weights)} caption="Weights: softmax of each row" />
        </>
      ),
    },
    {
      name: 'Output and residual',
      content: (
        <>
          <ValueMatrix stage="weights" values={rowsOf(attention.weights)} />
          <ValueMatrix stage="v" values={rowsOf(result.v)} />
          <ValueMatrix stage="attn" values={rowsOf(attention.output)} caption="Weighted sum: weights·V" />
          <WeightMatrix name="wO" />
          <ValueMatrix stage="attnOut" values={rowsOf(result.attnOut)} caption="Attention output: (weights·V)·W_O" />
          <ValueMatrix stage="x" values={rowsOf(result.x)} />
          <ValueMatrix stage="h1" values={rowsOf(result.h1)} caption="h₁ = x + attention output" />
          {/* Focusable so the table can be scrolled by keyboard when it is wider than a narrow screen. */}
          <div className="fp-scroll fp-wide" tabIndex={0} role="region" aria-label="Seed’s and computed attention output for “on”">
            <table className="fp-table" data-stage="seed-compare">
              <caption>Attention output for “on”: the seed’s picture and these matrices</caption>
              <thead>
                <tr>
                  <td />
                  {onOut.map((_, j) => (
                    <th key={j} scope="col">{`d${j}`}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">seed prints</th>
                  {SEED_PRINTED_ATTENTION_ON.map((v, j) => (
                    <td key={j}>{formatFixed(v, 2)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">computed</th>
                  {onOut.map((v, j) => (
                    <td key={j} data-cell={`compare-${j}`}>
                      {formatFixed(v, 2)}
                    </td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </>
      ),
    },
  ];
  return (
    <SimFrame
      className="fp-attention"
      legend="Step of attention"
      steps={steps}
      step={step}
      onStep={setStep}
      summary={
        <p>
          “{PROMPT[last]}” gives most weight to “{PROMPT[top]}” (<span data-summary="top-weight">{formatPercent(onWeights[top])}</span>);
          its attention output is <span data-summary="attn-on">{formatVector(onOut)}</span> and h₁ for “{PROMPT[last]}” is{' '}
          <span data-summary="h1-on">{formatVector(rowsOf(result.h1)[last])}</span>.
        </p>
      }
      caption={
        <>
          Pick a step, then edit any cell of W_Q, W_K, W_V or W_O: the scores, weights, output and h₁ follow at once,
          and so do the MLP and the prediction in the next lesson. Focus or hover over a computed number to highlight
          the row and column it came from. “masked” marks a key that comes later than its query.
        </>
      }
    />
  );
}
