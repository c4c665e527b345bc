// Run by kernelPaths.test.ts in a child `node --experimental-wasm-relaxed-simd`, since Node 20 has relaxed SIMD
// only behind that flag: trains the test's small model on the path the engine picks, and gradient-checks it.
import { createGpt } from '../../../../engine/gpt/forward';
import { createTrainer, sampleBatch, trainStep } from '../../../../engine/gpt/train';
import { gradientCheck } from '../../../../engine/gpt/gradcheck';
import { createRng } from '../../../../engine/random';
import { randomBatch, randomisedModel } from '../helpers';

const model = createGpt({ vocabSize: 11, contextLength: 8, width: 16, heads: 2, layers: 2, seed: 8 });
const trainer = createTrainer(model, {
  batchSize: 3, schedule: { maxRate: 3e-3, minRate: 3e-4, warmupSteps: 3, totalSteps: 30 }, adam: { weightDecay: 0.1 },
});
const data = Array.from({ length: 300 }, (_, i) => (i * 7 + (i >> 3)) % 11);
const rng = createRng(99);
const losses: number[] = [];
for (let i = 0; i < 30; i++) losses.push(trainStep(trainer, sampleBatch(data, 3, 8, rng)).loss);
const check = gradientCheck(randomisedModel({ dtype: 'float32' }), randomBatch(7, 2, 5, 11), { kernels: 'wasm' });
process.stdout.write(JSON.stringify({ path: trainer.kernels, losses, worstRelativeError: check.worstRelativeError }));
