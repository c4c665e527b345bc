import WeightsSwitch from '../../trained-model/WeightsSwitch';
import AttentionStep from './AttentionStep';
import LabAttentionStep from '../lab/LabAttentionStep';

/** Lesson 2's figure: the teaching weights, or the same steps on the model trained in the Lab. */
export default function AttentionSim() {
  return <WeightsSwitch teaching={<AttentionStep />} lab={(lab) => <LabAttentionStep lab={lab} />} />;
}
