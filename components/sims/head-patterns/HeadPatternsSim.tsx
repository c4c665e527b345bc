import LabAttentionFigure from '../trained-model/LabAttentionFigure';
import WeightsSwitch from '../trained-model/WeightsSwitch';
import HeadPatterns from './HeadPatterns';

/** Chapter 3's figure: four heads with stated jobs, or any head of the model trained in the Lab. */
export default function HeadPatternsSim() {
  return (
    <WeightsSwitch
      teaching={<HeadPatterns />}
      lab={(lab) => (
        <LabAttentionFigure
          lab={lab}
          className="hp-lab"
          caption={
            <>
              Step through the heads of one layer on the same prompt: each has its own W_Q and W_K, so each spreads its
              weight its own way. Nobody wrote these jobs down; they are whatever training found useful, and usually
              messier than the teaching heads.
            </>
          }
        />
      )}
    />
  );
}
