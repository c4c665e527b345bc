import { useMemo, useState } from 'react';
import CacheStrip from './CacheStrip';
import { formatCount, formatRatio, formatTiny } from './format';
import StepTable from './StepTable';
import { growthData } from './trace';
import './kvCacheGrowth.css';

/** Chapter 8's simulation: generate one token at a time and watch the KV cache, the work and the check. */
export default function KvCacheGrowth() {
  const { model, vocabulary, steps, bytesPerToken } = useMemo(growthData, []);
  const [done, setDone] = useState(0);
  const shown = steps.slice(0, done);
  const last = shown[shown.length - 1];
  const words = [vocabulary[steps[0].input], ...shown.map((s) => vocabulary[s.next])];
  const finished = done === steps.length;
  const cached = last?.cachedTokens ?? 0;
  const { layers, width } = model.config;

  return (
    <figure className="kvg">
      <div className="kvg-buttons">
        <button type="button" onClick={() => setDone((d) => Math.min(d + 1, steps.length))} disabled={finished}>
          Generate token
        </button>
        <button type="button" onClick={() => setDone(0)} disabled={done === 0}>
          Start over
        </button>
      </div>
      <p className="kvg-count" role="status">
        Cache: {cached} {cached === 1 ? 'token' : 'tokens'} | KV memory: {formatCount(last?.cacheBytes ?? 0)} bytes
        {finished && ' | The model wrote its “.”: the sentence is complete.'}
      </p>
      <CacheStrip words={words} cached={cached} />
      <p className="kvg-fact">
        Each cached token holds a key and a value of {width} numbers in each of {layers} layers, stored as 8-byte
        floats: 2 × {layers} × {width} × 8 = <strong>{formatCount(bytesPerToken)} bytes</strong> per token.
      </p>
      {last ? (
        <div className="kvg-step">
          <p>
            Step {done}: one new query for “{vocabulary[last.input]}” against {last.cachedTokens} cached{' '}
            {last.cachedTokens === 1 ? 'key' : 'keys'}: <strong>{formatCount(last.flopsWithCache)}</strong> FLOPs.
            Recomputing all {last.cachedTokens} {last.cachedTokens === 1 ? 'position' : 'positions'} would cost{' '}
            <strong>{formatCount(last.flopsWithoutCache)}</strong>.
          </p>
          <p>
            So far: <strong>{formatCount(last.totalWithCache)}</strong> FLOPs with the cache,{' '}
            <strong>{formatCount(last.totalWithoutCache)}</strong> without ({formatRatio(last.totalWithoutCache / last.totalWithCache)}).
          </p>
          <p>
            Check: the logits computed with the cache differ from a full recomputation by at most{' '}
            <strong>{formatTiny(last.largestDifference)}</strong>, rounding error of 64-bit floats; the next word,
            “{vocabulary[last.next]}”, is the same either way.
          </p>
        </div>
      ) : (
        <p className="kvg-step">The cache is empty. The first step feeds “{words[0]}” and stores its key and value.</p>
      )}
      {shown.length > 0 && <StepTable steps={shown} vocabulary={vocabulary} />}
      <figcaption>
        Press “Generate token” a few times. Each step computes one new query (orange) and appends one key and value
        (blue) to the cache; the work per step stays nearly flat, while recomputing everything grows with every token.
        The model is a tiny GPT ({layers} layers, width {width}) trained in your browser on this one sentence.
      </figcaption>
    </figure>
  );
}
