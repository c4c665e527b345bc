import { CONTEXT_CHOICES, DEFAULT_SETTINGS, HEAD_CHOICES, LAYER_CHOICES, MAX_SEED, RATE_CHOICES, widthChoices, type LabSettings } from './labSettings';
import type { CorpusKind } from './corpus';

/** The built-in corpora a link may name; the student's own text never leaves their browser. */
export type SharedCorpus = Exclude<CorpusKind, 'text'>;

/** What a link asked for: the settings and corpus it carried, and a sentence for each part that was refused. */
export interface SharedRun {
  corpus: SharedCorpus;
  settings: LabSettings;
  problems: string[];
}

const CORPORA: readonly SharedCorpus[] = ['names', 'moby-dick'];

/** The query string of a link to a built-in run: the corpus, every dial and the seed. */
export function shareQuery(corpus: SharedCorpus, settings: LabSettings): string {
  const { layers, heads, width, contextLength, learningRate, seed } = settings;
  return new URLSearchParams({
    corpus, layers: String(layers), heads: String(heads), width: String(width), context: String(contextLength),
    rate: String(learningRate), seed: String(seed),
  }).toString();
}

/**
 * Reads a shared link's query string, or null when it carries no run. Every value is checked against the dials:
 * one the Lab does not offer is refused with a sentence and the default is used, so a hand-edited link never
 * builds a model the page cannot show.
 */
export function readShareQuery(search: string): SharedRun | null {
  const params = new URLSearchParams(search);
  const keys = ['corpus', 'layers', 'heads', 'width', 'context', 'rate', 'seed'];
  if (!keys.some((key) => params.has(key))) return null;
  const problems: string[] = [];
  const pick = <T,>(key: string, parse: (raw: string) => T | null, fallback: T, offered: string): T => {
    const raw = params.get(key);
    if (raw === null) return fallback;
    const value = parse(raw.slice(0, 40));
    if (value === null) {
      problems.push(`${key}=${raw.slice(0, 40)} is not ${offered}, so the Lab uses ${String(fallback)}`);
      return fallback;
    }
    return value;
  };
  const fromList = (list: readonly number[]) => (raw: string) => (/^[0-9.e-]+$/.test(raw) && list.includes(Number(raw)) ? Number(raw) : null);
  const corpus = pick<SharedCorpus>('corpus', (raw) => (CORPORA.includes(raw as SharedCorpus) ? raw as SharedCorpus : null), 'names', 'names or moby-dick');
  const layers = pick('layers', fromList(LAYER_CHOICES), DEFAULT_SETTINGS.layers, `one of ${LAYER_CHOICES.join(', ')}`);
  const heads = pick('heads', fromList(HEAD_CHOICES), DEFAULT_SETTINGS.heads, `one of ${HEAD_CHOICES.join(', ')}`);
  const widths = widthChoices(heads);
  const width = pick('width', fromList(widths), widths.includes(DEFAULT_SETTINGS.width) ? DEFAULT_SETTINGS.width : widths[0], `a width ${heads} heads divide (${widths[0]}–${widths[widths.length - 1]})`);
  const contextLength = pick('context', fromList(CONTEXT_CHOICES), DEFAULT_SETTINGS.contextLength, `one of ${CONTEXT_CHOICES.join(', ')}`);
  const learningRate = pick('rate', fromList(RATE_CHOICES), DEFAULT_SETTINGS.learningRate, 'a learning rate on the dial');
  const seed = pick('seed', (raw) => (/^\d{1,4}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_SEED ? Number(raw) : null), DEFAULT_SETTINGS.seed, `a whole number from 1 to ${MAX_SEED}`);
  return { corpus, settings: { layers, heads, width, contextLength, learningRate, seed }, problems };
}
