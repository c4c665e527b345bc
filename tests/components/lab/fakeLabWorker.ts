import type { FromWorker, ToWorker } from '../../../engine/worker/protocol';
import { gradcheckReply } from '../../../engine/worker/checkGradients';
import { nameTokenizer, namesToTokens } from '../../../engine/lab/names';
import { tensorCount } from '../../../engine/gpt/params';
import { advance, createSession, measureHeldOut, snapshot, type TrainingSession } from '../../../engine/worker/session';
import type { NamesCorpus } from '../../../components/lab/corpus';
import type { TrainingWorkerLike } from '../../../components/training/worker';

/**
 * A worker stand-in that runs the real session in-thread: start takes `stepsPerStart` steps, then reports a pause;
 * its ready message names `kernels` as the kernel path.
 */
export class SessionLabWorker implements TrainingWorkerLike {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  session: TrainingSession | null = null;
  received: ToWorker[] = [];
  constructor(private readonly stepsPerStart = 10, private readonly divergeOnStart = false, private readonly kernels = 'wasm-simd') {}

  protected post(message: FromWorker): void {
    queueMicrotask(() => this.onmessage?.({ data: message }));
  }

  postMessage(message: ToWorker): void {
    this.received.push(message);
    if (message.type === 'init' || message.type === 'reset') {
      this.session = createSession(message.type === 'init' ? message.setup : this.session!.setup, message);
      const config = this.session.trainer.model.config;
      const heldOutLoss = message.weights ? measureHeldOut(this.session) : undefined;
      this.post({ type: 'ready', config, parameterCount: tensorCount(config), step: this.session.trainer.step, kernels: this.kernels, heldOutLoss });
    } else if (message.type === 'start') {
      this.post({ type: 'started', step: this.session!.trainer.step });
      if (this.divergeOnStart) {
        this.post({ type: 'diverged', step: 3, reason: 'the loss became NaN at step 3; lower the learning rate and reset' });
        return;
      }
      for (let i = 0; i < this.stepsPerStart; i++) for (const m of advance(this.session!, 50).messages) this.post(m);
      this.post({ type: 'paused', step: this.session!.trainer.step });
    } else if (message.type === 'pause') {
      this.post({ type: 'paused', step: this.session!.trainer.step });
    } else if (message.type === 'snapshot') {
      this.post(snapshot(this.session!, message.attentionInput));
    } else if (message.type === 'gradcheck') {
      this.post(gradcheckReply(this.session!));
    }
  }

  terminate(): void {
    this.onmessage = null;
  }
}

/**
 * A worker that, like the real one, keeps stepping after the page asks it to pause: on start it takes `stepsPerStart`
 * steps and keeps running; on pause it takes two more steps, with one of its periodic snapshots between them, and
 * only then reports the pause with its own count.
 */
export class LatePauseLabWorker extends SessionLabWorker {
  override postMessage(message: ToWorker): void {
    if (message.type === 'start') {
      this.received.push(message);
      this.post({ type: 'started', step: this.session!.trainer.step });
      for (let i = 0; i < 5; i++) for (const m of advance(this.session!, 50).messages) this.post(m);
    } else if (message.type === 'pause') {
      this.received.push(message);
      // A step that lands on a reporting and snapshot step, as step 450 does for the real worker.
      advance(this.session!, 50);
      const step = this.session!.trainer.step;
      this.post({ type: 'progress', step, loss: 3, learningRate: 1e-2, gradientNorm: 1, stepsPerSecond: 50 });
      this.post(snapshot(this.session!));
      // The last step and the reply come a while later, as from a worker busy with its step.
      setTimeout(() => {
        for (const m of advance(this.session!, 50).messages) this.post(m);
        this.post({ type: 'paused', step: this.session!.trainer.step });
      }, 100);
    } else {
      super.postMessage(message);
    }
  }
}

const NAMES = ['emma', 'olivia', 'ava', 'isabella', 'sophia', 'mia', 'amelia', 'harper', 'evelyn', 'abigail', 'emily', 'ella'];
const HELD = ['liam', 'noah', 'oliver', 'elijah', 'james', 'william', 'benjamin', 'lucas'];

/** A small names data set, so tests need not load the 8,403 names. */
export async function smallLabData(): Promise<NamesCorpus> {
  const tokenizer = nameTokenizer();
  return {
    kind: 'names',
    title: `${NAMES.length + HELD.length} first names`,
    vocabulary: tokenizer.vocabulary,
    boundary: '.',
    tokenizer,
    train: namesToTokens(NAMES, tokenizer),
    heldOut: namesToTokens(HELD, tokenizer),
    trainNames: new Set(NAMES),
    heldOutNames: new Set(HELD),
  };
}

/** An in-memory Storage, optionally pre-filled or throwing on every call. */
export function memoryStorage(initial: Record<string, string> = {}, blocked = false): Storage {
  const data = new Map(Object.entries(initial));
  const guard = () => {
    if (blocked) throw new DOMException('blocked', 'SecurityError');
  };
  return {
    get length() { return data.size; },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => { guard(); return data.get(k) ?? null; },
    setItem: (k: string, v: string) => { guard(); data.set(k, v); },
    removeItem: (k: string) => { data.delete(k); },
  };
}
