import { useId, useRef, useState } from 'react';
import { generateStep, type DecodeMode, type GenerationStep } from '../../../engine/ladder/languageGenerate';
import { PROMPT, argmaxIndex, runPipeline, type Word } from '../../../engine/ladder/languageModel';
import { createRng } from '../../../engine/random';
import { useLadderWeights } from '../ladder-language/embeddingStore';
import { formatFixed, formatPercent } from '../ladder-language/format';
import LogitTable from './LogitTable';
import '../ladder-language/ladderLanguage.css';
import RangeField from '../../ui/RangeField';

const MAX_WORDS = 12;
const START_SEED = 47;

/** Rung 7: logits by tied unembedding, softmax with temperature, greedy or seeded sampling, append and run again. */
export default function LadderGenerate() {
  const tId = useId();
  const seedId = useId();
  const weights = useLadderWeights();
  const [temperature, setTemperature] = useState(1);
  const [mode, setMode] = useState<DecodeMode>('greedy');
  const [seedText, setSeedText] = useState(String(START_SEED));
  const [steps, setSteps] = useState<GenerationStep[]>([]);
  const rng = useRef(createRng(START_SEED));
  const seed = /^\d{1,6}$/.test(seedText.trim()) ? Number(seedText) : null;
  const words: Word[] = steps.length ? [...steps[steps.length - 1].prompt, steps[steps.length - 1].word] : [...PROMPT];
  // Nine dot products of three numbers: cheap enough to recompute on every render.
  const atOne = runPipeline(words, weights);
  const atT = runPipeline(words, weights, { temperature });
  const full = words.length >= MAX_WORDS;
  const blocked = full || (mode === 'sample' && seed === null);

  const restart = (nextSeed: number | null) => {
    setSteps([]);
    if (nextSeed !== null) rng.current = createRng(nextSeed);
  };
  const generate = () => {
    if (blocked) return;
    setSteps([...steps, generateStep(words, weights, { mode, temperature, rng: rng.current })]);
  };

  return (
    <figure className="lsim">
      <RangeField
        className="lsim-field"
        label="T (temperature)"
        min={0.1}
        max={3}
        step={0.05}
        value={temperature}
        output={formatFixed(temperature, 2)}
        onChange={setTemperature}
      />
      <fieldset className="lsim-radios">
        <legend>Pick the next word by</legend>
        {(['greedy', 'sample'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={`${tId}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {m === 'greedy' ? 'greedy (most likely)' : 'sampling (seeded draw)'}
          </label>
        ))}
      </fieldset>
      {mode === 'sample' && (
        <div className="lsim-field">
          <label htmlFor={seedId}>Seed</label>
          <input
            id={seedId}
            inputMode="numeric"
            value={seedText}
            aria-describedby={`${seedId}-help`}
            aria-invalid={seed === null}
            onChange={(e) => {
              setSeedText(e.target.value);
              const next = /^\d{1,6}$/.test(e.target.value.trim()) ? Number(e.target.value) : null;
              if (next !== null) restart(next);
            }}
          />
          <span id={`${seedId}-help`} className="lsim-note">
            {seed === null ? 'The seed must be a whole number from 0 to 999999.' : 'Same seed, same draws. Changing it starts over.'}
          </span>
        </div>
      )}
      <p className="lsim-prompt" data-testid="generate-text" aria-live="polite">
        {PROMPT.join(' ')}
        {steps.map((s, i) => (
          <span key={i} className="lsim-added">
            {' '}
            {s.word}
          </span>
        ))}
      </p>
      <div className="lsim-buttons">
        <button type="button" onClick={generate} disabled={blocked}>
          Generate next word
        </button>
        <button type="button" onClick={() => restart(seed ?? START_SEED)} disabled={steps.length === 0}>
          Start over
        </button>
      </div>
      {full && <p className="lsim-note">The prompt has reached {MAX_WORDS} words; start over to generate again.</p>}
      <LogitTable atOne={atOne} atT={atT} temperature={temperature} best={argmaxIndex(atOne.logits)} />
      {steps.length > 0 && (
        <ol className="lsim-steps" aria-label="The rollout, step by step">
          {steps.map((s, i) => (
            <li key={i}>
              Step {i + 1}: → <strong>{s.word}</strong> (P {formatPercent(s.result.probs[s.chosen])}). Attention from “
              {s.prompt[s.prompt.length - 1]}”: {s.prompt.map((w, k) => `${w} ${formatFixed(s.result.alpha[k], 2)}`).join(', ')}.
            </li>
          ))}
        </ol>
      )}
      <figcaption>
        Press “Generate next word” three times in greedy mode to watch the rollout; then switch to sampling, start over and
        compare. Lower T sharpens the distribution, higher T flattens it. Each press runs the whole pipeline on the prompt
        so far.
      </figcaption>
    </figure>
  );
}
