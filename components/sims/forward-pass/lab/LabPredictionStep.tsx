import type { TrainedLabModel } from '../../../lab/trainedModel';
import { visibleCharacter } from '../../trained-model/prompt';
import LayerNormStats from '../../trained-model/LayerNormStats';
import TraceTable from '../../trained-model/TraceTable';
import { formatFixed, formatPercent } from '../shared/format';
import LabFrame from './LabFrame';

/** The k most likely next characters after the last position: id, probability and logit, best first. */
function topCharacters(probabilities: Float64Array, k: number): number[] {
  return Array.from(probabilities, (_, id) => id).sort((a, b) => probabilities[b] - probabilities[a] || a - b).slice(0, k);
}

/** Lesson 3 on the Lab's model: LayerNorm 2, the GELU MLP, the second residual, then the logits and softmax. */
export default function LabPredictionStep({ lab }: { lab: TrainedLabModel }) {
  const { width: C, layers: L } = lab.model.config;
  const vocab = Array.from(lab.vocabulary, visibleCharacter);
  return (
    <LabFrame
      lab={lab}
      className="fp-prediction-lab"
      legend="Step of the forward pass"
      steps={[
        {
          name: 'LayerNorm and MLP',
          content: (trace, view) => (
            <>
              <TraceTable name="lab-h1" caption="h₁, the stream after attention" rowLabels={view.labels} values={trace.afterAttention} />
              <LayerNormStats name="lab-ln2-stats" caption="Each row’s mean μ and 1/σ" rowLabels={view.labels} stats={trace.ln2} />
              <TraceTable name="lab-ln2" caption="LN₂(h₁) = (h₁ − μ)/σ · gain + bias" rowLabels={view.labels} values={trace.ln2.output} />
              <TraceTable name="lab-fc" caption={`LN₂(h₁)·W_1 + b (${4 * C} columns)`} rowLabels={view.labels} values={trace.fc} />
              <TraceTable name="lab-gelu" caption="GELU: small negatives shrink towards 0" rowLabels={view.labels} values={trace.gelu} />
              <TraceTable name="lab-mlp" caption="MLP output: GELU(…)·W_2 + b" rowLabels={view.labels} values={trace.mlp} />
              <TraceTable
                name="lab-h2"
                caption={view.layer + 1 < L ? `h₂ = h₁ + MLP output, entering block ${view.layer + 2}` : 'h₂ = h₁ + MLP output, the last block’s output'}
                rowLabels={view.labels}
                values={trace.output}
              />
            </>
          ),
        },
        {
          name: 'Logits and softmax',
          content: (trace, view) => {
            const last = trace.tokens.length - 1;
            const top = topCharacters(trace.probabilities[last], 5);
            const after = `after “${visibleCharacter(view.encoded.tokens[last])}”`;
            return (
              <>
                <TraceTable name="lab-final" caption={`Final LayerNorm of the last block’s output (after all ${L} blocks)`} rowLabels={view.labels} values={trace.finalNorm.output} />
                <TraceTable
                  name="lab-next"
                  caption={`Logits ${after} (final LayerNorm · W_lm), and their softmax: one row per character`}
                  rowLabels={vocab.map((c) => `“${c}”`)}
                  colLabels={['logit', 'probability']}
                  values={vocab.map((_, id) => [trace.logits[last][id], trace.probabilities[last][id]])}
                />
                <TraceTable
                  name="lab-top"
                  caption="The five most likely next characters"
                  rowLabels={top.map((id) => `“${vocab[id]}”`)}
                  colLabels={['probability', 'logit']}
                  values={top.map((id) => [trace.probabilities[last][id], trace.logits[last][id]])}
                />
              </>
            );
          },
        },
      ]}
      summary={(trace, view) => {
        const last = trace.tokens.length - 1;
        const [best] = topCharacters(trace.probabilities[last], 1);
        const p = trace.probabilities[last][best];
        return (
          <p>
            After “{view.encoded.tokens.map(visibleCharacter).join('')}” your model’s most likely next character is{' '}
            <strong data-summary="lab-prediction">{vocab[best]}</strong> with probability{' '}
            <span data-summary="lab-top-prob" data-value={p}>{formatPercent(p)}</span> (logit {formatFixed(trace.logits[last][best])}).
          </p>
        );
      }}
      caption={
        <>
          Pick a block to see its MLP: {4 * C} hidden units with GELU, added back to the stream. The logits come after
          every block ({L} of them) and the final LayerNorm, whichever block is picked; softmax turns them into the
          probabilities the Lab samples names from. Every number is read from the forward pass the Lab trains with.
        </>
      }
    />
  );
}
