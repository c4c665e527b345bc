import WeightsSwitch from '../../trained-model/WeightsSwitch';
import EmbeddingsStep from './EmbeddingsStep';
import LabEmbeddingsStep from '../lab/LabEmbeddingsStep';

/** Lesson 1's figure: the teaching weights, or the same steps on the model trained in the Lab. */
export default function EmbeddingsSim() {
  return <WeightsSwitch teaching={<EmbeddingsStep />} lab={(lab) => <LabEmbeddingsStep lab={lab} />} />;
}
