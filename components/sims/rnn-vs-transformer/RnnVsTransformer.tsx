import { useMemo, useState } from 'react';
import { attentionPairs, sequentialSteps, tokenizeWords, tokensReadAfter } from '../../../engine/sequences';
import AttentionPanel from './AttentionPanel';
import RnnPanel from './RnnPanel';
import './rnnVsTransformer.css';
import RangeField from '../../ui/RangeField';

const SENTENCE = tokenizeWords('The cat sat on the mat because it was tired');

/** Chapter 0's picture: an RNN reads a sentence one step at a time; attention relates every pair in one step. */
export default function RnnVsTransformer() {
  const [n, setN] = useState(5);
  const [steps, setSteps] = useState(0);
  const words = useMemo(() => SENTENCE.slice(0, n), [n]);
  const rnnRead = tokensReadAfter('rnn', n, steps);
  const attentionRead = tokensReadAfter('attention', n, steps);
  const rnnSteps = sequentialSteps('rnn', n);
  const finished = rnnRead === n;

  return (
    <figure className="rvt">
      <div className="rvt-controls">
        <RangeField
          className="rvt-field"
          label="Tokens in the sentence"
          min={3}
          max={SENTENCE.length}
          value={n}
          output={n}
          valueText={`${n} tokens`}
          onChange={(v) => {
            setN(v);
            setSteps(0);
          }}
        />
        <div className="rvt-buttons">
          <button type="button" onClick={() => setSteps((s) => s + 1)} disabled={finished}>
            Run one step
          </button>
          <button type="button" onClick={() => setSteps(0)} disabled={steps === 0}>
            Reset
          </button>
        </div>
      </div>
      <p className="rvt-status" role="status">
        {steps === 0
          ? 'Nothing has run yet: press “Run one step”.'
          : `After ${steps} ${steps === 1 ? 'step' : 'steps'}: the RNN has read ${rnnRead} of ${n} tokens; ` +
            `attention has related all ${attentionRead} of them.`}
      </p>
      <div className="rvt-panels">
        <div className="rvt-panel">
          <p className="rvt-title">RNN: a conveyor belt</p>
          <RnnPanel words={words} read={rnnRead} />
          <p className="rvt-fact">
            <strong>{rnnSteps}</strong> steps, one after another: step t needs the memory h from step t−1.
          </p>
        </div>
        <div className="rvt-panel">
          <p className="rvt-title">Transformer: a spotlight</p>
          <AttentionPanel words={words} done={attentionRead === n} />
          <p className="rvt-fact">
            <strong>{sequentialSteps('attention', n)}</strong> step: all {n} × {n} = <strong>{attentionPairs(n)}</strong>{' '}
            token pairs scored at once, side by side on a GPU.
          </p>
        </div>
      </div>
      <figcaption>
        Press “Run one step” and compare: the RNN lights up one token per step, attention lights up the whole sentence in
        its first step. Change the number of tokens to see the RNN’s steps grow with the sentence.
      </figcaption>
    </figure>
  );
}
