import type { TrainedLabModel } from '../../../lab/trainedModel';
import LayerNormStats from '../../trained-model/LayerNormStats';
import TraceTable from '../../trained-model/TraceTable';
import { formatFixed, formatVector } from '../shared/format';
import LabFrame from './LabFrame';

/** Lesson 1 on the Lab's model: the prompt's ids, token and position rows, their sum, then LayerNorm 1 of a block. */
export default function LabEmbeddingsStep({ lab }: { lab: TrainedLabModel }) {
  const C = lab.model.config.width;
  return (
    <LabFrame
      lab={lab}
      className="fp-embeddings-lab"
      legend="Step of the forward pass"
      steps={[
        {
          name: 'Ids and embeddings',
          content: (trace, view) => (
            <>
              <TraceTable name="lab-ids" caption="Token ids" rowLabels={view.labels} colLabels={['id']} values={trace.tokens.map((id) => [id])} format={String} />
              <TraceTable name="lab-tok" caption={`tok_emb rows of these ids (${C} columns)`} rowLabels={view.labels} values={trace.tokenEmbedding} />
              <TraceTable name="lab-pos" caption="pos_emb rows of these positions" rowLabels={view.labels} values={trace.positionEmbedding} />
              <TraceTable name="lab-x" caption="x = tok_emb[id] + pos_emb[position]" rowLabels={view.labels} values={trace.embedding} />
            </>
          ),
        },
        {
          name: 'LayerNorm',
          content: (trace, view) => (
            <>
              <TraceTable
                name="lab-input"
                caption={view.layer === 0 ? 'x, entering block 1' : `The stream entering block ${view.layer + 1}`}
                rowLabels={view.labels}
                values={trace.input}
              />
              <LayerNormStats name="lab-ln1-stats" caption="Each row’s mean μ and 1/σ = 1/√(σ² + ε)" rowLabels={view.labels} stats={trace.ln1} />
              <TraceTable name="lab-ln1" caption="LN₁ = (x − μ)/σ · gain + bias" rowLabels={view.labels} values={trace.ln1.output} />
            </>
          ),
        },
      ]}
      summary={(trace, view) => {
        const last = trace.tokens.length - 1;
        return (
          <p>
            The last character, “{view.encoded.tokens[last]}” (id {trace.tokens[last]}), enters the model as x with {C} numbers,
            starting <span data-summary="lab-x-last">{formatVector(trace.embedding[last].subarray(0, 4))}</span>; LayerNorm 1 of
            block {view.layer + 1} divides its row by σ = {formatFixed(1 / trace.ln1.rstd[last], 4)}.
          </p>
        );
      }}
      caption={
        <>
          Type a prompt and pick a block: every number is read from the forward pass the Lab trains with, run on your
          model’s weights. A wide table shows its first columns; “Show all” shows the rest, and the table scrolls sideways
          (Tab to it, then use the arrow keys). LayerNorm here has a learned gain and bias, unlike the teaching weights.
        </>
      }
    />
  );
}
