import { tensorCount } from '../gpt/params';
import { modelFromWeights } from '../gpt/serialize';
import { advance, createSession, snapshot, type TrainingSession } from '../worker/session';
import type { TrainingSetup } from '../worker/protocol';
import { checkGradientsAt, GRADIENT_TOLERANCE } from './checkGradients';
import { readToLabWorker, type FromLabWorker } from './protocol';

/*
 * The Lab's worker: the training worker's loop (steps in ~30 ms slices, so a pause lands within one slice) plus
 * two things the Lab needs: resuming from saved weights, and a gradient check off the page's thread.
 */

/** The little of the worker global this file uses, typed here so the engine needs no DOM types. */
interface WorkerScope {
  postMessage(message: FromLabWorker, transfer?: ArrayBuffer[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const SLICE_MS = 30;

let session: TrainingSession | null = null;
let lastSetup: TrainingSetup | null = null;
let running = false;
let timer: ReturnType<typeof setTimeout> | null = null;
let rate = 0;

function post(message: FromLabWorker): void {
  scope.postMessage(message, message.type === 'snapshot' ? [message.weights] : []);
}

function stop(): void {
  running = false;
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

function begin(setup: TrainingSetup): void {
  stop();
  session = createSession(setup);
  lastSetup = setup;
  const config = session.trainer.model.config;
  post({ type: 'ready', config, parameterCount: tensorCount(config), step: 0 });
}

function slice(): void {
  timer = null;
  if (!running || !session) return;
  const start = performance.now();
  let steps = 0;
  while (running && performance.now() - start < SLICE_MS) {
    const outcome = advance(session, rate);
    steps++;
    for (const message of outcome.messages) post(message);
    if (outcome.stop) {
      stop();
      return;
    }
  }
  const elapsed = performance.now() - start;
  if (elapsed > 0) rate = (steps * 1000) / elapsed;
  timer = setTimeout(slice, 0);
}

function load(current: TrainingSession, weights: ArrayBuffer, step: number): void {
  // modelFromWeights checks the length and that every weight is finite before anything is overwritten.
  const checked = modelFromWeights(current.trainer.model.config, weights);
  stop();
  current.trainer.model.params.data.set(checked.params.data);
  current.trainer.step = step;
  current.diverged = false;
  post({ type: 'loaded', step });
}

function handle(data: unknown): void {
  const message = readToLabWorker(data);
  if ('invalid' in message) return post({ type: 'error', message: message.invalid });
  if (message.type === 'init') return begin(message.setup);
  if (message.type === 'reset') {
    const setup = message.setup ?? lastSetup;
    return setup ? begin(setup) : post({ type: 'error', message: 'nothing to reset: send init first' });
  }
  if (!session) return post({ type: 'error', message: `send init before ${message.type}` });
  switch (message.type) {
    case 'load':
      return load(session, message.weights, message.step);
    case 'start':
      if (session.diverged) return post({ type: 'error', message: 'this run diverged; reset it before starting again' });
      if (!running) {
        running = true;
        post({ type: 'started', step: session.trainer.step });
        timer = setTimeout(slice, 0);
      }
      return;
    case 'pause':
      stop();
      return post({ type: 'paused', step: session.trainer.step });
    case 'snapshot':
      return post(snapshot(session, message.attentionInput));
    case 'gradcheck': {
      const { config, params } = session.trainer.model;
      const result = checkGradientsAt(config, params.data, session.train);
      return post({ type: 'gradcheck', step: session.trainer.step, config, result, tolerance: GRADIENT_TOLERANCE });
    }
  }
}

scope.onmessage = (event) => {
  try {
    handle(event.data);
  } catch (error) {
    stop();
    post({ type: 'error', message: (error as Error).message });
  }
};
