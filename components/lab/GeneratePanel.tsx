import { useId, useState } from 'react';
import type { GptModel } from '../../engine/gpt/forward';
import { generate } from '../../engine/gpt/sample';
import { nameTokenizer } from '../../engine/lab/names';
import { createRng } from '../../engine/random';
import type { Tokenizer } from '../../engine/tokenizer';
import { readTyped, samplePrompt, type LabCorpus, type NamesCorpus, type TextCorpus } from './corpus';

const TOKENIZER = nameTokenizer();
/** Names written per press. */
export const BATCH = 12;
/** Characters of running text written per press. */
export const TEXT_LENGTH = 240;

/** Props: the latest model, and the corpus it learns (whose names say where a generated name comes from). */
export interface GeneratePanelProps {
  model: { model: GptModel; step: number } | null;
  corpus: LabCorpus;
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

/** Writes `count` characters after a prompt, feeding each back in; the prompt must hold at least one known character. */
export function writeText(model: GptModel, tokenizer: Tokenizer, prompt: readonly number[], count: number, temperature: number, greedy: boolean, seed: number): string {
  return tokenizer.decode(generate(model, prompt, count, { temperature, greedy }, createRng(seed)));
}

/** Section 3: names for the names corpus, running text for a text. */
export function GeneratePanel({ model, corpus }: GeneratePanelProps) {
  return corpus.kind === 'names' ? <NamesGenerator model={model} corpus={corpus} /> : <TextGenerator model={model} corpus={corpus} />;
}

/** Temperature and greedy dials, shared by both generators. */
function SamplingDials({ temperature, greedy, onTemperature, onGreedy, unit }: {
  temperature: number; greedy: boolean; onTemperature(t: number): void; onGreedy(g: boolean): void; unit: string;
}) {
  const sliderId = useId();
  return (
    <>
      <span className="lab-dial">
        <label htmlFor={sliderId}>Temperature</label>
        <input id={sliderId} type="range" min={0.1} max={2} step={0.1} value={temperature} disabled={greedy}
          aria-valuetext={temperature.toFixed(1)} onChange={(e) => onTemperature(Number(e.target.value))} />
        <output htmlFor={sliderId}>{temperature.toFixed(1)}</output>
      </span>
      <label className="lab-dial">
        <input type="checkbox" checked={greedy} onChange={(e) => onGreedy(e.target.checked)} /> Greedy (always the likeliest {unit})
      </label>
    </>
  );
}

/** Running text: a prompt box, then TEXT_LENGTH characters the model writes after it. */
function TextGenerator({ model, corpus }: { model: GeneratePanelProps['model']; corpus: TextCorpus }) {
  const promptId = useId();
  const [temperature, setTemperature] = useState(0.8);
  const [greedy, setGreedy] = useState(false);
  const [seed, setSeed] = useState(1);
  const [prompt, setPrompt] = useState(() => samplePrompt(corpus));
  const [written, setWritten] = useState<{ step: number; prompt: string; text: string } | null>(null);
  const contextLength = model?.model.config.contextLength ?? 16;
  const typed = readTyped(corpus, prompt, contextLength);
  const fits = model?.model.config.vocabSize === corpus.vocabulary.length;
  const write = () => {
    if (!model || !fits || typed.ids.length === 0) return;
    const text = writeText(model.model, corpus.tokenizer, typed.ids, TEXT_LENGTH, temperature, greedy, seed);
    setSeed(seed + 1);
    setWritten({ step: model.step, prompt: typed.tokens.join(''), text });
  };
  return (
    <figure className="lab-panel">
      <div className="lab-dials">
        <span className="lab-dial lab-dial-wide">
          <label htmlFor={promptId}>Start with</label>
          <input id={promptId} type="text" value={prompt} maxLength={200} autoComplete="off" spellCheck={false}
            onChange={(e) => setPrompt(e.target.value)} />
        </span>
        <SamplingDials temperature={temperature} greedy={greedy} onTemperature={setTemperature} onGreedy={setGreedy} unit="character" />
        <button type="button" onClick={write} disabled={!model || !fits || typed.ids.length === 0}>Generate text</button>
      </div>
      {typed.unknownCount > 0 && (
        <p className="lab-note" data-testid="lab-prompt-note">
          {typed.unknownCount} character{typed.unknownCount === 1 ? ' is' : 's are'} not in the text’s vocabulary and left out.
        </p>
      )}
      <div aria-live="polite" data-testid="lab-generated">
        {written && (
          <>
            <p>After {written.step} steps, {TEXT_LENGTH} characters after “{written.prompt}”:</p>
            <p className="lab-written" data-testid="lab-written-text"><mark>{written.prompt}</mark>{written.text}</p>
          </>
        )}
      </div>
      <figcaption>
        The model writes one character at a time and reads each back in, with at most its context of {contextLength}{' '}
        characters in view. It can only write the {corpus.vocabulary.length} characters its text uses: nothing else has a token.
      </figcaption>
    </figure>
  );
}

/** Names: each press writes a batch and marks known and new names. */
function NamesGenerator({ model, corpus }: { model: GeneratePanelProps['model']; corpus: NamesCorpus }) {
  const { trainNames, heldOutNames } = corpus;
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
        <SamplingDials temperature={temperature} greedy={greedy} onTemperature={setTemperature} onGreedy={setGreedy} unit="letter" />
        <button type="button" onClick={write} disabled={!model || model.model.config.vocabSize !== TOKENIZER.size}>Generate names</button>
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
