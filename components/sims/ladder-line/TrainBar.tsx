/** Props of the training buttons shared by rungs 1–3. */
export interface TrainBarProps {
  /** The learning rate, shown on the buttons' label. */
  learningRate: number;
  /** How many steps one press of Train takes. */
  trainSteps: number;
  /** Steps taken since the last reset or slider move. */
  stepsTaken: number;
  /** True when the last run stopped because a step left the finite numbers. */
  diverged: boolean;
  onStep: () => void;
  onTrain: () => void;
  onReset: () => void;
}

/** "Step", "Train" and "Reset", with a status line that counts steps and says when a run had to stop. */
export default function TrainBar({ learningRate, trainSteps, stepsTaken, diverged, onStep, onTrain, onReset }: TrainBarProps) {
  return (
    <div className="ld-train">
      <p className="ld-train-title">Gradient descent, learning rate {learningRate}</p>
      <div className="ld-buttons">
        <button type="button" onClick={onStep}>
          Step
        </button>
        <button type="button" onClick={onTrain}>
          Train {trainSteps.toLocaleString('en-US')} steps
        </button>
        <button type="button" onClick={onReset}>
          Reset
        </button>
      </div>
      <p className="ld-steps" role="status" data-testid="train-status">
        {diverged
          ? `Stopped after ${stepsTaken.toLocaleString('en-US')} steps: the next step would have made a number infinite. Press Reset or move a slider.`
          : `Steps taken: ${stepsTaken.toLocaleString('en-US')}`}
      </p>
    </div>
  );
}
