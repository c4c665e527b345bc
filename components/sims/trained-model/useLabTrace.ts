import { useMemo } from 'react';
import { traceBlock, type BlockTrace } from '../../../engine/gpt/trace';
import type { TrainedLabModel } from '../../lab/trainedModel';
import { defaultPrompt, encodePrompt, tokenLabels, type EncodedPrompt } from './prompt';
import { useTrainedView } from './viewStore';

/** What a Lab-model figure draws: the prompt as read, the chosen layer and head, and the block's trace. */
export interface LabTrace {
  text: string;
  encoded: EncodedPrompt;
  labels: string[];
  /** 0-based, already inside the model's range. */
  layer: number;
  head: number;
  /** null when the prompt holds no token the model knows. */
  trace: BlockTrace | null;
}

/** Encodes the shared prompt for this model and traces the chosen block, recomputed only when one of them changes. */
export function useLabTrace(lab: TrainedLabModel): LabTrace {
  const { config } = lab.model;
  const typed = useTrainedView((s) => s.prompt);
  const layer = Math.min(useTrainedView((s) => s.layer), config.layers - 1);
  const head = Math.min(useTrainedView((s) => s.head), config.heads - 1);
  const text = typed ?? defaultPrompt(lab.boundary);
  const encoded = useMemo(
    () => encodePrompt(text, lab.vocabulary, lab.boundary, config.contextLength),
    [text, lab.vocabulary, lab.boundary, config.contextLength],
  );
  const trace = useMemo(
    () => (encoded.ids.length > 0 ? traceBlock(lab.model, encoded.ids, layer) : null),
    [lab.model, encoded, layer],
  );
  return { text, encoded, labels: tokenLabels(encoded.tokens), layer, head, trace };
}
