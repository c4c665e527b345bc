import type { GptModel } from '../../engine/gpt/forward';
import { loadModel, ModelLoadError, saveModel } from '../../engine/gpt/serialize';
import { NAMES_VOCABULARY } from './trainedModel';
import type { CorpusKind, LabCorpus } from './corpus';
import { MAX_IMPORT_BYTES } from './modelStore';

/** The format tag of a model exported from the Lab: the engine's saved model, with the corpus it learnt from. */
export const LAB_FILE_FORMAT = 'tiny-gpt-lab';
export const LAB_FILE_VERSION = 1;

/** A model read from a file, with what the file says it was trained on (names when an older file does not say). */
export interface LabFile {
  model: GptModel;
  step: number;
  corpus: { kind: CorpusKind; title: string };
  /** vocabulary[id] is the character of token id. */
  vocabulary: string[];
}

/** The file text for a model: the vocabulary and corpus travel with the weights, so a text model reads back right. */
export function labFileText(model: GptModel, step: number, corpus: LabCorpus): string {
  const head = JSON.stringify({
    format: LAB_FILE_FORMAT, version: LAB_FILE_VERSION, step,
    corpus: { kind: corpus.kind, title: corpus.title }, vocabulary: corpus.vocabulary,
  });
  // The weights' JSON is spliced in as it is: parsing and re-writing megabytes of base64 would only cost time.
  return `${head.slice(0, -1)},"model":${saveModel(model)}}`;
}

const KINDS = new Set<CorpusKind>(['names', 'moby-dick', 'text']);

/**
 * Reads an exported file: the size cap first (never read past it), then JSON, the Lab's or the engine's format,
 * the vocabulary (one character per token, as many as the model has) and the engine's own checks of the weights.
 */
export async function readLabFile(file: Pick<File, 'size' | 'text' | 'name'>): Promise<LabFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new ModelLoadError(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; a Lab model file is at most ${MAX_IMPORT_BYTES / 1048576} MB`);
  }
  const text = await file.text();
  let raw: { format?: unknown; version?: unknown; step?: unknown; corpus?: { kind?: unknown; title?: unknown }; vocabulary?: unknown; model?: unknown };
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ModelLoadError('the file is not JSON, so it is not a saved model');
  }
  if (raw?.format !== LAB_FILE_FORMAT) {
    // An engine file (as older Labs exported): names are the only corpus such a file can belong to.
    const model = loadModel(text);
    if (model.config.vocabSize !== NAMES_VOCABULARY.length) {
      throw new ModelLoadError(`it has ${model.config.vocabSize} tokens but does not say which characters they are; export it again from the Lab`);
    }
    return { model, step: 0, corpus: { kind: 'names', title: 'the names' }, vocabulary: Array.from(NAMES_VOCABULARY) };
  }
  if (raw.version !== LAB_FILE_VERSION) throw new ModelLoadError(`saved with Lab file version ${String(raw.version)}; this Lab reads version ${LAB_FILE_VERSION}`);
  const kind = raw.corpus?.kind as CorpusKind;
  if (!KINDS.has(kind) || typeof raw.corpus?.title !== 'string') throw new ModelLoadError('it does not say which text the model learnt from');
  const vocabulary = raw.vocabulary;
  if (!Array.isArray(vocabulary) || !vocabulary.every((c) => typeof c === 'string' && Array.from(c).length === 1) || new Set(vocabulary).size !== vocabulary.length) {
    throw new ModelLoadError('its vocabulary is not a list of distinct single characters');
  }
  const model = loadModel(JSON.stringify(raw.model));
  if (vocabulary.length !== model.config.vocabSize) {
    throw new ModelLoadError(`its vocabulary has ${vocabulary.length} characters for a model of ${model.config.vocabSize} tokens`);
  }
  const step = Number.isInteger(raw.step) && (raw.step as number) >= 0 ? (raw.step as number) : 0;
  return { model, step, corpus: { kind, title: raw.corpus.title.slice(0, 200) }, vocabulary: vocabulary as string[] };
}
