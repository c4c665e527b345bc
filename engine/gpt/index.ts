/** The tiny GPT's public API: build, run, train, sample, save, check. */
export { makeGptConfig, defaultGptConfig, type GptConfig, type Dtype, type Floats } from './config';
export { tensorSpecs, allocTensors, initTensors, type GptTensors, type TensorSpec } from './params';
export { createGpt, forwardInto, forwardSequence, type GptModel, type SequenceForward } from './forward';
export { backwardInto, lossAndGradient, lossOnly, type Batch } from './backward';
export { createWorkspace, type Workspace } from './workspace';
export { createAdam, adamUpdate, clipGradientNorm, type AdamOptions, type AdamState } from './optimizer';
export { learningRateAt, constantRate, type LearningRateSchedule } from './schedule';
export { createTrainer, trainStep, sampleBatch, heldOutLoss, allFinite, type Trainer, type StepResult } from './train';
export { sampleToken, samplingDistribution, generate, type SamplingOptions } from './sample';
export { createKvCache, appendToken, resetKvCache, type KvCache, type KvCacheStats } from './kvcache';
export { saveModel, loadModel, modelFromWeights, ModelLoadError, type SavedModel } from './serialize';
export { gradientCheck, type GradientCheckResult, type TensorGradientReport } from './gradcheck';
export { forwardFlops, trainingFlops, parameterCount } from './flops';
export { defaultKernelPath, simdSupported, relaxedSimdSupported, type KernelPath, type KernelChoice } from './wasm/detect';
export { typescriptKernels, type KernelSet } from './kernelSet';
