import { VOCAB, argmaxIndex, type PipelineResult } from '../../../engine/ladder/languageModel';
import { formatPercent } from './format';

/** One line naming the most likely next word and its probability, read out when it changes. */
export default function Prediction({ label, result, testId }: { label: string; result: PipelineResult; testId?: string }) {
  const best = argmaxIndex(result.probs);
  return (
    <p role="status" data-testid={testId}>
      {label}: <strong>{VOCAB[best]}</strong> ({formatPercent(result.probs[best])})
    </p>
  );
}
