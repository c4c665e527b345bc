import { tensorCount } from '../gpt/params';
import { gradcheckReply } from './checkGradients';
import { readToWorker, type FromWorker, type ResumeFrom, type TrainingSetup } from './protocol';
import { advance, createSession, measureHeldOut, snapshot, type TrainingSession } from './session';

/*
 * The training worker: trains the tiny GPT off the page's thread and streams what happens. Steps run in short
 * time slices separated by setTimeout(…, 0), so a pause (or any message) is handled within one slice.
 */

/** The little of the worker global this file uses, typed here so the engine needs no DOM types. */
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: ArrayBuffer[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const SLICE_MS = 30;

let session: TrainingSession | null = null;
let lastSetup: TrainingSetup | null = null;
let running = false;
let timer: ReturnType<typeof setTimeout> | null = null;
let rate = 0;

function post(message: FromWorker): void {
  scope.postMessage(message, message.type === 'snapshot' ? [message.weights] : []);
}

function stop(): void {
  running = false;
  if (timer !== null) clearTimeout(timer);
  timer = null;
}

function begin(setup: TrainingSetup, resume: ResumeFrom): void {
  // Built before anything is stopped or replaced, so a refused setup or weights buffer leaves the run as it was.
  const next = createSession(setup, resume);
  stop();
  session = next;
  lastSetup = setup;
  const config = session.trainer.model.config;
  const ready: Extract<FromWorker, { type: 'ready' }> = {
    type: 'ready', config, parameterCount: tensorCount(config), step: session.trainer.step,
    kernels: session.trainer.kernels,
  };
  // Saved weights are measured at once, so a restored or imported model shows its held-out loss before training.
  if (resume.weights) ready.heldOutLoss = measureHeldOut(session);
  post(ready);
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

function handle(data: unknown): void {
  const message = readToWorker(data);
  if ('invalid' in message) {
    post({ type: 'error', message: message.invalid });
    return;
  }
  switch (message.type) {
    case 'init':
      begin(message.setup, message);
      return;
    case 'reset': {
      const setup = message.setup ?? lastSetup;
      if (!setup) post({ type: 'error', message: 'nothing to reset: send init first' });
      else begin(setup, message);
      return;
    }
    case 'start':
      if (!session) post({ type: 'error', message: 'send init before start' });
      else if (session.diverged) post({ type: 'error', message: 'this run diverged; reset it before starting again' });
      else if (!running) {
        running = true;
        post({ type: 'started', step: session.trainer.step });
        timer = setTimeout(slice, 0);
      }
      return;
    case 'pause': {
      stop();
      const paused: Extract<FromWorker, { type: 'paused' }> = { type: 'paused', step: session?.trainer.step ?? 0 };
      if (session && !session.diverged && session.trainer.step > 0) paused.heldOutLoss = measureHeldOut(session);
      post(paused);
      return;
    }
    case 'snapshot':
      if (!session) post({ type: 'error', message: 'send init before asking for a snapshot' });
      else post(snapshot(session, message.attentionInput));
      return;
    case 'gradcheck':
      if (!session) post({ type: 'error', message: 'send init before asking for a gradient check' });
      else post(gradcheckReply(session));
      return;
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
