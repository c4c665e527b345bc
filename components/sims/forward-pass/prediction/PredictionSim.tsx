import WeightsSwitch from '../../trained-model/WeightsSwitch';
import PredictionStep from './PredictionStep';
import LabPredictionStep from '../lab/LabPredictionStep';

/** Lesson 3's figure: the teaching weights, or the same steps on the model trained in the Lab. */
export default function PredictionSim() {
  return <WeightsSwitch teaching={<PredictionStep />} lab={(lab) => <LabPredictionStep lab={lab} />} />;
}
