import type { TrainedLabModel } from '../../../lab/trainedModel';
import AttentionHeatmap from '../../trained-model/AttentionHeatmap';
import TraceTable from '../../trained-model/TraceTable';
import { formatFixed, formatPercent } from '../shared/format';
import LabFrame from './LabFrame';

/** Lesson 2 on the Lab's model: one head's Q, K, V, scores, mask and weights, then all heads through W_O and the residual. */
export default function LabAttentionStep({ lab }: { lab: TrainedLabModel }) {
  const { width: C, heads: H } = lab.model.config;
  const hs = C / H;
  return (
    <LabFrame
      lab={lab}
      className="fp-attention-lab"
      legend="Step of attention"
      showHead
      steps={[
        {
          name: 'Q, K and V',
          content: (trace, view) => {
            const head = trace.heads[view.head];
            const of = `head ${view.head + 1}’s ${hs} columns`;
            return (
              <>
                <TraceTable name="lab-ln1" caption="LN₁(x)" rowLabels={view.labels} values={trace.ln1.output} />
                <TraceTable name="lab-q" caption={`Q = LN₁(x)·W_Q + b, ${of}`} rowLabels={view.labels} values={head.q} />
                <TraceTable name="lab-k" caption={`K = LN₁(x)·W_K + b, ${of}`} rowLabels={view.labels} values={head.k} />
                <TraceTable name="lab-v" caption={`V = LN₁(x)·W_V + b, ${of}`} rowLabels={view.labels} values={head.v} />
              </>
            );
          },
        },
        {
          name: 'Scores and weights',
          content: (trace, view) => {
            const head = trace.heads[view.head];
            const where = `head ${view.head + 1}; row = the character looking, column = the character looked at`;
            return (
              <>
                <AttentionHeatmap name="lab-scores" labels={view.labels} matrix={head.scores} kind="scores" caption={`Scaled scores Q·Kᵀ × 1/√${hs}, ${where}`} />
                <AttentionHeatmap name="lab-masked" labels={view.labels} matrix={head.masked} kind="scores" caption="Causal mask: later keys set to −∞" />
                <AttentionHeatmap name="lab-weights" labels={view.labels} matrix={head.weights} kind="weights" caption="Weights: softmax of each row" />
              </>
            );
          },
        },
        {
          name: 'Output and residual',
          content: (trace, view) => (
            <>
              <TraceTable name="lab-head-out" caption={`Head ${view.head + 1}: weights·V`} rowLabels={view.labels} values={trace.heads[view.head].output} />
              <TraceTable name="lab-ctx" caption={`All ${H} heads side by side (${C} columns)`} rowLabels={view.labels} values={trace.attention} />
              <TraceTable name="lab-proj" caption="Attention output: (heads)·W_O + b" rowLabels={view.labels} values={trace.projection} />
              <TraceTable name="lab-h1" caption="h₁ = x + attention output" rowLabels={view.labels} values={trace.afterAttention} />
            </>
          ),
        },
      ]}
      summary={(trace, view) => {
        const last = trace.tokens.length - 1;
        const row = Array.from(trace.heads[view.head].weights[last]);
        const top = row.indexOf(Math.max(...row));
        return (
          <p>
            In block {view.layer + 1}, head {view.head + 1}, the last character “{view.encoded.tokens[last]}” gives most weight to
            “{view.encoded.tokens[top]}” at position {top} (<span data-summary="lab-top-weight" data-value={row[top]}>{formatPercent(row[top])}</span>);
            its first query entry is <span data-summary="lab-q-last" data-value={trace.heads[view.head].q[last][0]}>{formatFixed(trace.heads[view.head].q[last][0])}</span>.
          </p>
        );
      }}
      caption={
        <>
          Pick a block and a head: Q, K and V are that head’s {hs}-column slices, its scores are divided by √{hs}, and the
          mask hides every later character. The {H} heads’ outputs sit side by side before W_O mixes them. Every number is
          read from the forward pass the Lab trains with.
        </>
      }
    />
  );
}
