import { describe, expect, it } from 'vitest';
import { initialPreviewState, previewReducer, type PreviewEvent, type PreviewState } from '../../../components/sims/training-preview/previewState';
import { defaultGptConfig } from '../../../engine/gpt/config';

const replay = (events: PreviewEvent[], from: PreviewState = initialPreviewState) => events.reduce(previewReducer, from);
const ready: PreviewEvent = { type: 'ready', config: defaultGptConfig, parameterCount: 100, step: 0, kernels: 'wasm-simd' };
const progress = (step: number, loss: number, heldOutLoss?: number): PreviewEvent => ({
  type: 'progress', step, loss, learningRate: 1e-3, gradientNorm: 1, stepsPerSecond: 10, ...(heldOutLoss === undefined ? {} : { heldOutLoss }),
});

describe('previewReducer', () => {
  it('keeps every reported step and remembers the latest held-out loss with its step', () => {
    const state = replay([ready, { type: 'start-sent' }, progress(5, 2.5), progress(10, 2.1, 2.3), progress(15, 1.9)]);
    expect(state.points.map((p) => p.step)).toEqual([5, 10, 15]);
    expect(state.heldOut).toEqual({ step: 10, loss: 2.3 });
    expect(state.step).toBe(15);
    expect(state.status).toBe('running');
  });

  it('drops steps still in flight from the old run after a reset, until the worker is ready again', () => {
    const state = replay([ready, { type: 'start-sent' }, progress(5, 2.5), { type: 'reset-sent' }, progress(10, 2.1)]);
    expect(state.status).toBe('resetting');
    expect(state.points).toEqual([]);
    expect(replay([ready], state).status).toBe('ready');
  });

  it('never starts a run that diverged, finished or is still loading', () => {
    for (const from of ['diverged', 'finished', 'loading'] as const) {
      expect(previewReducer({ ...initialPreviewState, status: from }, { type: 'start-sent' }).status).toBe(from);
    }
  });

  it('turns an infinite held-out loss into a stopped run with a sentence, not a point on the chart', () => {
    const state = replay([ready, { type: 'start-sent' }, progress(25, 1.2, Number.POSITIVE_INFINITY)]);
    expect(state.status).toBe('diverged');
    expect(state.points).toEqual([]);
    expect(state.problem).toMatch(/^Training stopped at step 25: the loss stopped being a finite number/);
  });

  it('reports a worker error as a failed run in words', () => {
    const state = replay([{ type: 'error', message: 'send init before start' }]);
    expect(state.status).toBe('failed');
    expect(state.problem).toBe('The training could not run: send init before start');
  });
});
