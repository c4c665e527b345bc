import { useMemo, useState } from 'react';
import { mlpStep, SEED_PRINTED_H1_ON, SEED_PRINTED_MLP_ON } from '../../../../engine/forwardPass/mlp';
import { PROMPT, VOCAB } from '../../../../engine/forwardPass/weights';
import { formatFixed, formatPercent, formatVector } from '../shared/format';
import SimFrame from '../shared/SimFrame';
import { rowsOf, useForwardPass } from '../shared/useForwardPass';
import ValueMatrix from '../shared/ValueMatrix';
import WeightMatrix from '../shared/WeightMatrix';
import { useForwardWeights } from '../shared/weightsStore';

/** Lesson 3 of the forward pass: LayerNorm, the ReLU MLP, the second residual, logits, softmax, prediction and loss. */
export default function PredictionStep() {
  const [step, setStep] = useState(0);
  const result = useForwardPass();
  const w1 = useForwardWeights((s) => s.weights.w1);
  const w2 = useForwardWeights((s) => s.weights.w2);
  const seedCheck = useMemo(() => mlpStep(SEED_PRINTED_H1_ON, w1, w2), [w1, w2]);
  const seedMatches = SEED_PRINTED_MLP_ON.every((v, j) => formatFixed(v, 2) === formatFixed(seedCheck.out[j], 2));
  const predicted = VOCAB[result.prediction];
  const target = VOCAB[result.target];
  const steps = [
    {
      name: 'LayerNorm and MLP',
      content: (
        <>
          <ValueMatrix stage="h1" values={rowsOf(result.h1)} />
          <ValueMatrix stage="ln2" values={rowsOf(result.ln2)} caption="LN₂(h₁)" />
          <WeightMatrix name="w1" />
          <ValueMatrix stage="hiddenPre" values={rowsOf(result.hiddenPre)} />
          <ValueMatrix stage="hidden" values={rowsOf(result.hidden)} caption="ReLU: negatives become 0" />
          <WeightMatrix name="w2" />
          <ValueMatrix stage="mlpOut" values={rowsOf(result.mlpOut)} caption="MLP output: ReLU(…)·W_2" />
          <ValueMatrix stage="h2" values={rowsOf(result.h2)} caption="h₂ = h₁ + MLP output" />
          <p className="fp-note fp-wide" data-summary="seed-mlp">
            Check against the seed: its printed h₁ for “on”, {formatVector(SEED_PRINTED_H1_ON, 2)}, through this LayerNorm
            and the current W_1 and W_2 gives {formatVector(seedCheck.out, 2)}. The seed prints{' '}
            {formatVector(SEED_PRINTED_MLP_ON, 2)}:{' '}
            {seedMatches ? 'the same, so the seed’s MLP step does follow from its matrices.' : 'no longer the same, because W_1 or W_2 is edited.'}
          </p>
        </>
      ),
    },
    {
      name: 'Logits, softmax and loss',
      content: (
        <>
          <ValueMatrix stage="h2" values={rowsOf(result.h2)} />
          <WeightMatrix name="wLm" />
          <ValueMatrix stage="logits" values={[result.logits]} caption="Logits = h₂(“on”)·W_lm" />
          <ValueMatrix stage="probs" values={[result.probs]} caption="softmax(logits)" />
        </>
      ),
    },
  ];
  return (
    <SimFrame
      className="fp-prediction"
      legend="Step of the forward pass"
      steps={steps}
      step={step}
      onStep={setStep}
      summary={
        <p>
          After “{PROMPT.join(' ')}” the model predicts <strong data-summary="prediction">{predicted}</strong> (
          {formatPercent(result.probs[result.prediction])}). The target “{target}” gets{' '}
          <span data-summary="target-prob">{formatPercent(result.probs[result.target])}</span>, so the loss is −log{' '}
          {formatFixed(result.probs[result.target])} ≈ <strong data-summary="loss">{formatFixed(result.loss)}</strong>.
        </p>
      }
      caption={
        <>
          Edit W_1, W_2 or a cell of W_lm (try raising W_lm’s “mat” column in row r2, where h₂ for “on” is largest):
          the logits, the probabilities, the prediction and the loss change at once. Focus or hover over a number to
          highlight what it was computed from. Edits made in the earlier lessons are in force here too.
        </>
      }
    />
  );
}
