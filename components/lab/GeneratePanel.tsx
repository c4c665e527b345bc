import { useId, useState } from 'react';
import type { GptModel } from '../../engine/gpt/forward';
import { generate } from '../../engine/gpt/sample';
import { nameTokenizer } from '../../engine/lab/names';
import { createRng } from '../../engine/random';

const TOKENIZER = nameTokenizer();
/** Names written per press. */
export const BATCH = 12;

/** Props: the latest model, and the sets that say where a generated name comes from. */
export interface GeneratePanelProps {
  model: { model: GptModel; step: number } | null;
  trainNames: ReadonlySet<string>;
  heldOutNames: ReadonlySet<string>;
}

interface Written {
  name: string;
  where: 'training' | 'held-out' | 'new';
}

/** Writes names one letter at a time from the boundary until the next boundary (or the context is full). */
export function writeNames(model: GptModel, count: number, temperature: number, greedy: boolean, seed: number): string[] {
  const rng = createRng(seed);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const ids = generate(model, [TOKENIZER.boundaryId], model.config.contextLength - 1, { temperature, greedy }, rng, TOKENIZER.boundaryId);
    names.push(TOKENIZER.decode(ids.filter((id) => id !== TOKENIZER.boundaryId)));
  }
  return names;
}

/** Section 3: a temperature slider and a greedy switch; each press writes a batch and marks known and new names. */
export function GeneratePanel({ model, trainNames, heldOutNames }: GeneratePanelProps) {
  const sliderId = useId();
  const [temperature, setTemperature] = useState(0.8);
  const [greedy, setGreedy] = useState(false);
  const [seed, setSeed] = useState(1);
  const [written, setWritten] = useState<{ step: number; names: Written[] } | null>(null);
  const write = () => {
    if (!model) return;
    const names = writeNames(model.model, greedy ? 1 : BATCH, temperature, greedy, seed);
    setSeed(seed + 1);
    setWritten({
      step: model.step,
      names: names.map((name) => ({ name, where: trainNames.has(name) ? 'training' : heldOutNames.has(name) ? 'held-out' : 'new' })),
    });
  };
  const fresh = written?.names.filter((n) => n.where !== 'training').length ?? 0;
  return (
    <figure className="lab-panel">
      <div className="lab-dials">
        <span className="lab-dial">
          <label htmlFor={sliderId}>Temperature</label>
          <input id={sliderId} type="range" min={0.1} max={2} step={0.1} value={temperature} disabled={greedy}
            aria-valuetext={temperature.toFixed(1)} onChange={(e) => setTemperature(Number(e.target.value))} />
          <output htmlFor={sliderId}>{temperature.toFixed(1)}</output>
        </span>
        <label className="lab-dial">
          <input type="checkbox" checked={greedy} onChange={(e) => setGreedy(e.target.checked)} /> Greedy (always the likeliest letter)
        </label>
        <button type="button" onClick={write} disabled={!model}>Generate names</button>
      </div>
      <div aria-live="polite" data-testid="lab-generated">
        {written && (
          <>
            <p>
              After {written.step} steps{greedy ? ', greedy decoding always writes the same name' : ''}: {fresh} of{' '}
              {written.names.length} are not in the training set.
            </p>
            <ul className="lab-names">
              {written.names.map((n, i) => (
                <li key={i} className={`lab-name-${n.where}`}>
                  {n.name || '(empty)'} <span className="lab-tag">{n.where === 'training' ? 'in training set' : n.where === 'held-out' ? 'held-out name' : 'new'}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <figcaption>
        The model feeds on its own output, one letter at a time, until it writes the boundary. Low temperature plays safe;
        high temperature takes risks. A held-out name is a real name the model never saw.
      </figcaption>
    </figure>
  );
}
