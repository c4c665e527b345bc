import { rollout } from './languageGenerate';
import { PROMPT, runPipeline, wordIndex, type LanguageWeights } from './languageModel';

/** The outcomes the seed states and the lessons quote, checked on a set of weights. */
export interface CanonicalOutcome {
  readonly pRoamed: number;
  readonly rollout: string;
  readonly ok: boolean;
  readonly problems: string[];
}

/** The greedy continuation the lessons promise. */
export const CANONICAL_ROLLOUT = 'a fluffy blue creature roamed the forest';

/** Checks P("roamed" | prompt) ∈ [0.78, 0.82] with the MLP on and the three-word greedy rollout. */
export function checkCanonicalOutcomes(weights: LanguageWeights): CanonicalOutcome {
  const pRoamed = runPipeline(PROMPT, weights).probs[wordIndex('roamed')];
  const words = rollout(PROMPT, weights, 3, { mode: 'greedy' }).map((s) => s.word);
  const text = [...PROMPT, ...words].join(' ');
  const problems: string[] = [];
  if (!(pRoamed >= 0.78 && pRoamed <= 0.82)) problems.push(`P(roamed) is ${pRoamed}, outside [0.78, 0.82]`);
  if (text !== CANONICAL_ROLLOUT) problems.push(`greedy rollout is "${text}"`);
  return { pRoamed, rollout: text, ok: problems.length === 0, problems };
}
