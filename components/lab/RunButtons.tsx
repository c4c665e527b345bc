import type { PreviewStatus } from '../sims/training-preview/previewState';

/** Props: where the run is, and what Train/Pause and Reset do. */
export interface RunButtonsProps {
  status: PreviewStatus;
  onStart(): void;
  onPause(): void;
  onReset(): void;
}

/** One button that reads Train, Pause or Resume training as the run goes, and Reset: the Lab's and the preset's. */
export function RunButtons({ status, onStart, onPause, onReset }: RunButtonsProps) {
  const running = status === 'running';
  const canStart = status === 'ready' || status === 'paused';
  return (
    <div className="lab-buttons">
      <button type="button" disabled={!running && !canStart} onClick={running ? onPause : onStart}>
        {running ? 'Pause' : status === 'paused' ? 'Resume training' : 'Train'}
      </button>
      <button type="button" onClick={onReset}>Reset</button>
    </div>
  );
}
