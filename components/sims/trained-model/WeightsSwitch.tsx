import { useId, type ReactNode } from 'react';
import { Link, useInRouterContext } from 'react-router';
import type { TrainedLabModel } from '../../lab/trainedModel';
import { useTrainedModel, type TrainedModelState } from './source';
import { trainedViewStore, useTrainedView } from './viewStore';
import './trainedModel.css';

/** The link to the Lab: a router link inside the app, a plain one where a figure is shown on its own. */
function LabLink() {
  const inRouter = useInRouterContext();
  const text = 'Train a model in the Lab first';
  return inRouter ? <Link to="/lab">{text}</Link> : <a href="/lab">{text}</a>;
}

function labOption(state: TrainedModelState): string {
  if (state.status === 'ready') return `Your Lab model (step ${state.lab.step}, trained on ${state.lab.corpusName})`;
  if (state.status === 'loading') return 'Your Lab model (looking for it…)';
  if (state.status === 'missing') return 'Your Lab model (none in this browser yet)';
  return 'Your Lab model (it could not be read)';
}

/**
 * A figure that can show its teaching weights (the default, unchanged) or the model the student trained in the
 * Lab. While the Lab's model loads, or when there is none, the second option says so and the teaching figure stays.
 */
export default function WeightsSwitch({ teaching, lab }: { teaching: ReactNode; lab: (model: TrainedLabModel) => ReactNode }) {
  const id = useId();
  const state = useTrainedModel();
  const source = useTrainedView((s) => s.source);
  const showLab = source === 'lab' && state.status === 'ready';
  return (
    <div className="tm-switchable">
      <fieldset className="tm-switch">
        <legend>Weights</legend>
        <label className="tm-option">
          <input type="radio" name={`${id}-source`} checked={!showLab} onChange={() => trainedViewStore.getState().set({ source: 'teaching' })} />
          Teaching weights
        </label>
        <label className="tm-option">
          <input
            type="radio"
            name={`${id}-source`}
            checked={showLab}
            disabled={state.status !== 'ready'}
            aria-describedby={state.status === 'ready' ? undefined : `${id}-why`}
            onChange={() => trainedViewStore.getState().set({ source: 'lab' })}
          />
          {labOption(state)}
        </label>
        <p className="tm-why" id={`${id}-why`} role="status">
          {state.status === 'loading' && 'Looking for a model trained in the Lab…'}
          {state.status === 'missing' && (
            <>
              No model trained in the Lab is saved in this browser. <LabLink />, then come back: its numbers will show here.
            </>
          )}
          {state.status === 'failed' && (
            <>
              The Lab’s model could not be read ({state.message}). <LabLink />.
            </>
          )}
        </p>
      </fieldset>
      {showLab ? lab(state.lab) : teaching}
    </div>
  );
}
