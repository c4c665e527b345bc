import type { GptModel } from '../../engine/gpt/forward';
import { loadModel, ModelLoadError, saveModel } from '../../engine/gpt/serialize';
import type { LossPoint } from '../sims/training-preview/previewState';
import type { CorpusKind } from './corpus';
import { MAX_SEED } from './labSettings';

/** Where the Lab keeps its model in the browser, and the version of what it writes there. */
export const LAB_STORAGE_KEY = 'transformer-from-scratch:lab-model';
export const LAB_STORAGE_VERSION = 1;
/** The largest model file accepted on import (a 4-layer, 64-wide model is well under 2 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Loss points kept with a stored model, so the curve survives a reload without filling the storage. */
const MAX_STORED_POINTS = 400;

/** Which corpus a stored model was trained on: built-in ones are loaded again, the student's own text is kept. */
export interface StoredCorpus {
  kind: CorpusKind;
  title: string;
  /** The student's text, for kind 'text' only. */
  text?: string;
  /** vocabulary[id] is the character of token id, so other pages can read the model without loading its text. */
  vocabulary?: string[];
}

/** What a reload brings back: the model, the steps it was trained for, its rate and its loss curve. */
export interface StoredLab {
  model: GptModel;
  step: number;
  learningRate: number;
  points: LossPoint[];
  /** The corpus it learnt from; absent in models saved before the Lab had more than the names. */
  corpus?: StoredCorpus;
  /** The run's seed (weights and data), absent in older saves. */
  seed?: number;
  /** True when this is a checkpoint taken while training was still running. */
  running?: boolean;
}

const CORPUS_KINDS = new Set<CorpusKind>(['names', 'moby-dick', 'text']);

/** A stored corpus record, checked; null when it is missing or malformed (older saves were all names). */
export function readStoredCorpus(raw: unknown): StoredCorpus | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as Partial<StoredCorpus>;
  if (!CORPUS_KINDS.has(c.kind as CorpusKind) || typeof c.title !== 'string') return null;
  if (c.kind === 'text' && typeof c.text !== 'string') return null;
  const corpus: StoredCorpus = c.kind === 'text' ? { kind: c.kind, title: c.title, text: c.text } : { kind: c.kind as CorpusKind, title: c.title };
  const v = c.vocabulary;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' && Array.from(x).length === 1)) corpus.vocabulary = v;
  return corpus;
}

/** A stored seed, when it is one the Lab can use. */
export function readStoredSeed(raw: unknown): number | undefined {
  return Number.isInteger(raw) && (raw as number) >= 0 && (raw as number) <= MAX_SEED ? (raw as number) : undefined;
}

/** What reading the storage found: a model, nothing, or a problem to tell the student about. */
export type StoredRead = { kind: 'model'; lab: StoredLab } | { kind: 'empty' } | { kind: 'problem'; message: string };

/** Loss points read back from storage: only whole steps and finite losses survive. */
export function finitePoints(raw: unknown): LossPoint[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((p): p is LossPoint => !!p && Number.isInteger(p.step) && Number.isFinite(p.loss)
    && (p.heldOutLoss === undefined || Number.isFinite(p.heldOutLoss)));
}

/** Reads the stored model, checking version, shape and that every number is finite; never throws. */
export function readStoredLab(storage: Pick<Storage, 'getItem'> | null): StoredRead {
  let text: string | null;
  try {
    text = storage ? storage.getItem(LAB_STORAGE_KEY) : null;
  } catch {
    return { kind: 'problem', message: 'This browser blocks saved data for this site, so a trained model cannot be kept.' };
  }
  if (text === null) return { kind: 'empty' };
  try {
    const raw = JSON.parse(text) as { version?: unknown; step?: unknown; learningRate?: unknown; points?: unknown; model?: unknown; corpus?: unknown; seed?: unknown; running?: unknown };
    if (raw?.version !== LAB_STORAGE_VERSION) throw new ModelLoadError(`it was saved in format ${String(raw?.version)}`);
    if (typeof raw.model !== 'string') throw new ModelLoadError('it holds no weights');
    const step = Number.isInteger(raw.step) && (raw.step as number) >= 0 ? (raw.step as number) : 0;
    const learningRate = typeof raw.learningRate === 'number' && raw.learningRate > 0 ? raw.learningRate : 1e-2;
    const lab: StoredLab = { model: loadModel(raw.model), step, learningRate, points: finitePoints(raw.points) };
    const corpus = readStoredCorpus(raw.corpus);
    if (corpus) lab.corpus = corpus;
    const seed = readStoredSeed(raw.seed);
    if (seed !== undefined) lab.seed = seed;
    if (raw.running === true) lab.running = true;
    return { kind: 'model', lab };
  } catch (error) {
    const why = error instanceof ModelLoadError ? error.message : 'it is not readable';
    return { kind: 'problem', message: `The model saved in this browser could not be restored (${why}), so the Lab starts fresh.` };
  }
}

/** Stores the model; returns a sentence when the browser refuses (full or blocked storage), else null. */
export function writeStoredLab(storage: Pick<Storage, 'setItem'> | null, lab: StoredLab): string | null {
  if (!storage) return 'This browser has no saved-data storage, so the model will not survive a reload.';
  try {
    const points = lab.points.slice(-MAX_STORED_POINTS);
    storage.setItem(LAB_STORAGE_KEY, JSON.stringify({
      version: LAB_STORAGE_VERSION, step: lab.step, learningRate: lab.learningRate, points, model: saveModel(lab.model),
      corpus: lab.corpus, seed: lab.seed, running: lab.running || undefined,
    }));
    return null;
  } catch {
    return 'The browser refused to save the model (storage is full or blocked); export it to keep it.';
  }
}

/** The page's localStorage, or null where touching it throws (some privacy settings do). */
export function browserStorage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Reads an imported file: size cap, then the engine's format, version, shape and finiteness checks. */
export async function readModelFile(file: Pick<File, 'size' | 'text' | 'name'>): Promise<GptModel> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ModelLoadError(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; a Lab model file is at most ${MAX_IMPORT_BYTES / 1048576} MB`);
  }
  return loadModel(await file.text());
}
