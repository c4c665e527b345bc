import { makeGptConfig, type GptConfig } from '../../engine/gpt/config';
import { modelFromWeights } from '../../engine/gpt/serialize';
import { browserStorage, finitePoints, LAB_STORAGE_KEY, readStoredCorpus, readStoredLab, readStoredSeed, writeStoredLab, type StoredLab, type StoredRead } from './modelStore';

/** Where the Lab keeps its run between visits; every call settles (never throws) and says what went wrong in words. */
export interface LabStore {
  read(): Promise<StoredRead>;
  /** Stores the run; resolves to a sentence when the browser refused, else null. */
  write(lab: StoredLab): Promise<string | null>;
  /** True when a write costs the page next to nothing, so checkpoints can be taken while training runs. */
  readonly background: boolean;
}

/** The IndexedDB database, store and key of the Lab's run, and the version of the record written there. */
export const LAB_DB_NAME = 'transformer-from-scratch-lab';
export const LAB_DB_STORE = 'runs';
export const LAB_DB_KEY = 'current';
export const LAB_RUN_VERSION = 2;

/** The record kept in IndexedDB: the weights as a raw float32 buffer (no text encoding), and the run around them. */
interface RunRecord {
  version: number;
  config: GptConfig;
  weights: ArrayBuffer;
  step: number;
  learningRate: number;
  points: unknown;
  corpus?: unknown;
  seed?: unknown;
  running?: boolean;
  savedAt: number;
}

const MAX_STORED_POINTS = 400;

/** The record for a run: a copy of the weights (the page's model keeps its own), and at most 400 loss points. */
export function runRecord(lab: StoredLab, savedAt = Date.now()): RunRecord {
  return {
    version: LAB_RUN_VERSION,
    config: lab.model.config,
    weights: Float32Array.from(lab.model.params.data).buffer,
    step: lab.step,
    learningRate: lab.learningRate,
    points: lab.points.slice(-MAX_STORED_POINTS),
    corpus: lab.corpus,
    seed: lab.seed,
    running: lab.running === true,
    savedAt,
  };
}

/** Reads a record back, checking its version, config, weights (length, finiteness) and every other field. */
export function readRunRecord(raw: unknown): StoredRead {
  try {
    const r = raw as Partial<RunRecord> | null;
    if (!r || typeof r !== 'object') throw new Error('it is not a Lab run');
    if (r.version !== LAB_RUN_VERSION) throw new Error(`it was saved in format ${String(r.version)}`);
    // Tested by tag, not instanceof: a buffer cloned out of the database may come from another realm.
    if (Object.prototype.toString.call(r.weights) !== '[object ArrayBuffer]') throw new Error('it holds no weights');
    const model = modelFromWeights(makeGptConfig(r.config as Partial<GptConfig>), new Float32Array(r.weights as ArrayBuffer));
    const step = Number.isInteger(r.step) && (r.step as number) >= 0 ? (r.step as number) : 0;
    const learningRate = typeof r.learningRate === 'number' && r.learningRate > 0 ? r.learningRate : 1e-2;
    const lab: StoredLab = { model, step, learningRate, points: finitePoints(r.points) };
    const corpus = readStoredCorpus(r.corpus);
    if (corpus) lab.corpus = corpus;
    const seed = readStoredSeed(r.seed);
    if (seed !== undefined) lab.seed = seed;
    if (r.running === true) lab.running = true;
    return { kind: 'model', lab };
  } catch (error) {
    return { kind: 'problem', message: `The run saved in this browser could not be restored (${(error as Error).message}), so the Lab starts fresh.` };
  }
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('the request failed'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const open = factory.open(LAB_DB_NAME, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(LAB_DB_STORE)) open.result.createObjectStore(LAB_DB_STORE);
  };
  return request(open);
}

/**
 * The Lab's run in IndexedDB, which stores the weights' buffer as it is (a copy, no encoding), so a checkpoint can
 * be taken every few seconds while training runs. A model saved by an older Lab in localStorage is read once, when
 * the database holds nothing yet.
 */
export function indexedDbLabStore(factory: IDBFactory, legacy: Storage | null = null): LabStore {
  let database: Promise<IDBDatabase> | null = null;
  const db = () => (database ??= openDatabase(factory));
  return {
    background: true,
    async read() {
      try {
        const store = (await db()).transaction(LAB_DB_STORE, 'readonly').objectStore(LAB_DB_STORE);
        const raw = await request(store.get(LAB_DB_KEY));
        if (raw === undefined) return legacy ? readStoredLab(legacy) : { kind: 'empty' };
        return readRunRecord(raw);
      } catch {
        database = null;
        return { kind: 'problem', message: 'This browser blocks saved data for this site, so a trained model cannot be kept.' };
      }
    },
    async write(lab) {
      try {
        const transaction = (await db()).transaction(LAB_DB_STORE, 'readwrite');
        transaction.objectStore(LAB_DB_STORE).put(runRecord(lab), LAB_DB_KEY);
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
          transaction.onabort = () => reject(transaction.error);
        });
        // The older copy would otherwise come back if the database were ever cleared on its own.
        try { legacy?.removeItem(LAB_STORAGE_KEY); } catch { /* blocked storage: nothing to remove */ }
        return null;
      } catch {
        database = null;
        return 'The browser refused to save the model (storage is full or blocked); export it to keep it.';
      }
    },
  };
}

/** The Lab's run in a Storage (localStorage), as JSON: the fallback where IndexedDB is missing, and the tests' store. */
export function storageLabStore(storage: Storage | null): LabStore {
  return {
    background: false,
    read: async () => readStoredLab(storage),
    write: async (lab) => writeStoredLab(storage, lab),
  };
}

/** IndexedDB where the browser has it, else localStorage. */
export function browserLabStore(): LabStore {
  const storage = browserStorage();
  try {
    if (typeof indexedDB !== 'undefined' && indexedDB) return indexedDbLabStore(indexedDB, storage);
  } catch {
    // Some privacy settings throw on touching indexedDB at all.
  }
  return storageLabStore(storage);
}
