// The training kernels' entry point: every export here is an instance export the engine calls (see ../kernels.ts).
export { gemm, gemmScratchBytes } from './gemm';
export { addBias, addResidualAndBias, addColumnSums, layerNormForward, layerNormBackward } from './rows';
export { geluForward, geluBackward, adamUpdate } from './pointwise';
export { attentionForward, attentionBackward } from './attention';
export { crossEntropy } from './loss';
