import LabAttentionFigure from '../trained-model/LabAttentionFigure';
import WeightsSwitch from '../trained-model/WeightsSwitch';
import AttentionWeights from './AttentionWeights';

/** Chapter 2's figure: hand-set 2-D queries and keys, or one head of the model trained in the Lab. */
export default function AttentionWeightsSim() {
  return (
    <WeightsSwitch
      teaching={<AttentionWeights />}
      lab={(lab) => (
        <LabAttentionFigure
          lab={lab}
          className="aw-lab"
          caption={
            <>
              Type a prompt, then pick a layer and a head: each row is one character’s softmax(q·k/√d_k) over the
              characters up to it, so it sums to 1. These are your model’s learned W_Q and W_K at work, computed by the
              forward pass the Lab trains with; train longer and the patterns sharpen.
            </>
          }
        />
      )}
    />
  );
}
