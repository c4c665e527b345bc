import LabAttentionFigure from '../trained-model/LabAttentionFigure';
import WeightsSwitch from '../trained-model/WeightsSwitch';
import CausalMask from './CausalMask';

/** Chapter 6's figure: hand-set vectors with the mask on or off, or the masked attention of the Lab's model. */
export default function CausalMaskSim() {
  return (
    <WeightsSwitch
      teaching={<CausalMask />}
      lab={(lab) => (
        <LabAttentionFigure
          lab={lab}
          className="cmask-lab"
          stages={['scores', 'masked', 'weights']}
          caption={
            <>
              Show the scores before the mask, after it and after softmax: your model was trained with the mask, so every
              cell right of the diagonal becomes −∞ and its weight exactly 0, and each row still sums to 1.
            </>
          }
        />
      )}
    />
  );
}
