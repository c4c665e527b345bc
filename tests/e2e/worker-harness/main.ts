import type { FromWorker, ToWorker } from '../../../engine/worker/protocol';

/*
 * A bare page for the worker's end-to-end test: it starts the real training worker and records every message it
 * posts in window.harness.log, so the test can drive it with send() and wait for states.
 */
interface Harness {
  log: FromWorker[];
  send(message: ToWorker): void;
}

const worker = new Worker(new URL('../../../engine/worker/training.worker.ts', import.meta.url), { type: 'module' });
const status = document.getElementById('status') as HTMLOutputElement;
const harness: Harness = {
  log: [],
  send: (message) => worker.postMessage(message),
};
(window as unknown as { harness: Harness }).harness = harness;

worker.onmessage = (event: MessageEvent<FromWorker>) => {
  const message = event.data;
  harness.log.push(message);
  status.textContent = message.type === 'progress' ? `step ${message.step}, loss ${message.loss.toFixed(3)}` : message.type;
};
worker.onerror = (event) => {
  status.textContent = `worker failed: ${event.message}`;
};

// A repeating five-letter text: easy to learn, so the loss falls within a few dozen steps.
const text = Array.from({ length: 600 }, (_, i) => i % 5);
harness.send({
  type: 'init',
  setup: {
    model: { vocabSize: 5, contextLength: 8, width: 16, heads: 2, layers: 1, seed: 1 },
    train: text, heldOut: text.slice(0, 48), batchSize: 8,
    schedule: { maxRate: 1e-2, minRate: 1e-3, warmupSteps: 5, totalSteps: 0 },
    heldOutEvery: 10,
  },
});
