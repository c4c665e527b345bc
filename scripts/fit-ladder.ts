/**
 * Fits the Ladder's toy language model with the engine and writes the result to engine/ladder/languageWeights.ts.
 * Before writing, it checks the canonical outcomes the lessons quote, so a fit that misses them is never committed.
 * Run with `npm run fit:ladder`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIT_OPTIONS, fitLanguageWeights } from '../engine/ladder/languageFit';
import { checkCanonicalOutcomes } from '../engine/ladder/languageCanonical';

const weights = fitLanguageWeights();
const outcome = checkCanonicalOutcomes(weights);
console.log(`final loss ${weights.finalLoss.toFixed(6)}`);
console.log(`P(roamed | a fluffy blue creature) = ${outcome.pRoamed.toFixed(4)} with the MLP on`);
console.log(`greedy rollout: ${outcome.rollout}`);
if (!outcome.ok) {
  console.error(`The fit missed the canonical outcomes: ${outcome.problems.join('; ')}`);
  process.exit(1);
}

// String(number) round-trips a double exactly, so the committed constants equal the fit bit for bit.
const rows = (m: readonly (readonly number[])[]) => `[\n${m.map((r) => `      [${r.map(String).join(', ')}],`).join('\n')}\n    ]`;
const list = (v: readonly number[]) => `[${v.map(String).join(', ')}]`;
const source = `// Written by scripts/fit-ladder.ts (npm run fit:ladder) with seed ${FIT_OPTIONS.seed}, ${FIT_OPTIONS.steps} Adam steps at lr ${FIT_OPTIONS.learningRate}. Do not edit by hand; re-run the script.
import { FIXED_EMBEDDINGS } from './languageFit';
import type { LanguageWeights } from './languageModel';

/** The Ladder's fitted weights: the hand-set embedding table and the MLP the fit learned. */
export const LANGUAGE_WEIGHTS: LanguageWeights = {
  embeddings: FIXED_EMBEDDINGS,
  mlp: {
    w1: ${rows(weights.mlp.w1)},
    b1: ${list(weights.mlp.b1)},
    w2: ${rows(weights.mlp.w2)},
    b2: ${list(weights.mlp.b2)},
  },
};

/** Mean soft-target cross-entropy the fit ended on. */
export const FIT_FINAL_LOSS = ${String(weights.finalLoss)};
`;
const target = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'engine', 'ladder', 'languageWeights.ts');
writeFileSync(target, source);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
