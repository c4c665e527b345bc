import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { getRow } from '../../../engine/matrix';
import { formatFixed } from '../token-similarity/format';
import FlowDiagram from './FlowDiagram';
import { FLOW_HEADS, FLOW_STAGES, FLOW_TOKENS, flowSteps } from './flowModel';
import VectorBars from './VectorBars';
import './encoderFlow.css';

const numbers = (v: ArrayLike<number>) => Array.from(v, (x) => formatFixed(x, 2)).join(', ');
const largest = (v: ArrayLike<number>) => Array.from(v).reduce((m, x) => Math.max(m, Math.abs(x)), 0);

/** Chapter 5's simulation: step one token's vector through LayerNorm, attention, residual, LayerNorm, FFN, residual. */
export default function EncoderFlow() {
  const name = useId();
  const titleId = useId();
  const [token, setToken] = useState(1);
  const [step, setStep] = useState(0);
  const forwardRef = useRef<HTMLButtonElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const steps = useMemo(() => flowSteps(token), [token]);
  const current = steps[step];
  const last = steps.length - 1;
  // A button disables itself at the end of the walk; hand focus to one that still works so the keyboard is not lost.
  // The hand-over waits for the render, because the receiving button may only just have been enabled.
  const focusNext = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    focusNext.current?.focus();
    focusNext.current = null;
  });
  const go = (next: number) => {
    setStep(next);
    if (next === last) focusNext.current = backRef.current;
    if (next === 0) focusNext.current = forwardRef.current;
  };
  const weightsText = FLOW_STAGES.attention.heads
    .map((head, h) => `head ${h + 1}: ${FLOW_TOKENS.map((t, j) => `${t} ${formatFixed(getRow(head.weights, token)[j], 2)}`).join(', ')}`)
    .join('; ');

  return (
    <figure className="ef">
      <fieldset className="ef-tokens">
        <legend>Follow the token</legend>
        {FLOW_TOKENS.map((t, i) => (
          <label key={t}>
            <input type="radio" name={name} checked={token === i} onChange={() => setToken(i)} />
            <span>“{t}”</span>
          </label>
        ))}
      </fieldset>
      <div className="ef-buttons">
        <button ref={forwardRef} type="button" onClick={() => go(step + 1)} disabled={step === last}>
          Step forward
        </button>
        <button ref={backRef} type="button" onClick={() => go(step - 1)} disabled={step === 0}>
          Step back
        </button>
        <button type="button" onClick={() => go(0)} disabled={step === 0}>
          Reset
        </button>
      </div>
      <div className="ef-body">
        <FlowDiagram steps={steps} current={step} />
        <div className="ef-now" role="status">
          <p className="ef-step-name">
            Step {step} of {last}: <strong>{current.name}</strong>
          </p>
          <p>{current.what}</p>
          <VectorBars vector={current.vector} scale={Math.max(largest(current.vector), 1)} label={`Bars of the ${current.vector.length} numbers below`} />
          <p className="ef-numbers" data-testid="current-vector">
            [{numbers(current.vector)}]
          </p>
          {current.id === 'attention' && <p className="ef-note">Attention weights of “{FLOW_TOKENS[token]}” — {weightsText}.</p>}
          {current.id === 'hidden' && (
            <p className="ef-note">
              {current.vector.length} numbers; {Array.from(current.vector).filter((x) => x > 0).length} of them positive.
            </p>
          )}
        </div>
      </div>
      <p className="ef-title" id={titleId}>
        The vector of “{FLOW_TOKENS[token]}” at every step so far ({FLOW_HEADS} heads, width 8, feed-forward width 32)
      </p>
      <div className="ef-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="ef-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Where</th>
              <th scope="col">Vector</th>
            </tr>
          </thead>
          <tbody>
            {steps.slice(0, step + 1).map((s) => (
              <tr key={s.id} data-step={s.id}>
                <th scope="row">{s.name}</th>
                <td>{s.place === 'stream' ? 'residual stream' : 'branch'}</td>
                <td className="ef-cell">
                  {s.id === 'hidden' ? `${s.vector.length} numbers, largest ${formatFixed(largest(s.vector), 2)}` : `[${numbers(s.vector)}]`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        Press “Step forward” to move “{FLOW_TOKENS[token]}” through the block, one sub-layer at a time. The line on the
        left is the residual stream: it runs straight from input to output, and the sub-layers only add to it. The
        weights are seeded and untrained, so the numbers show the flow, not a meaning.
      </figcaption>
    </figure>
  );
}
