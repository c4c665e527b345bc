import { useId } from 'react';
import type { TrainedLabModel } from '../../lab/trainedModel';
import { characterName, visibleCharacter } from './prompt';
import type { LabTrace } from './useLabTrace';
import { trainedViewStore } from './viewStore';

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The sentence under the prompt: what was left out and why, or what the model reads. */
function promptNote(view: LabTrace, lab: TrainedLabModel): string {
  const { encoded } = view;
  const notes: string[] = [];
  if (encoded.unknown.length > 0) {
    const names = encoded.unknown.map(characterName);
    notes.push(`Left out, the model has no token for ${names.length === 1 ? 'it' : 'them'}: ${names.join(', ')}.`);
  }
  if (encoded.truncated) notes.push(`Only the first ${encoded.limit} characters fit the context of ${lab.model.config.contextLength} tokens.`);
  if (encoded.ids.length === 0) notes.push('Type at least one of the model’s characters to see its numbers.');
  else if (lab.boundary !== null && encoded.ids.length === 1) notes.push(`Type letters after the boundary “${lab.boundary}” to see them look back.`);
  return notes.join(' ') || `Every character is one of the model’s ${lab.vocabulary.length}.`;
}

/** The prompt box and the layer (and head) pickers of a Lab-model figure; they write the shared choice. */
export default function PromptControls({ lab, view, showHead = false }: { lab: TrainedLabModel; view: LabTrace; showHead?: boolean }) {
  const id = useId();
  const { config } = lab.model;
  const set = trainedViewStore.getState().set;
  return (
    <div className="tm-controls">
      <div className="tm-dials">
        <span className="tm-dial tm-prompt">
          <label htmlFor={`${id}-prompt`}>Prompt</label>
          <input
            id={`${id}-prompt`}
            type="text"
            value={view.text}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-note`}
            onChange={(e) => set({ prompt: e.target.value })}
          />
        </span>
        <span className="tm-dial">
          <label htmlFor={`${id}-layer`}>Layer</label>
          <select id={`${id}-layer`} value={view.layer} onChange={(e) => set({ layer: Number(e.target.value) })}>
            {range(config.layers).map((l) => <option key={l} value={l}>{l + 1} of {config.layers}</option>)}
          </select>
        </span>
        {showHead && (
          <span className="tm-dial">
            <label htmlFor={`${id}-head`}>Head</label>
            <select id={`${id}-head`} value={view.head} onChange={(e) => set({ head: Number(e.target.value) })}>
              {range(config.heads).map((h) => <option key={h} value={h}>{h + 1} of {config.heads}</option>)}
            </select>
          </span>
        )}
      </div>
      <p className="tm-reads">
        The model reads{' '}
        <span data-testid="tm-tokens">
          {view.encoded.tokens.map((c, t) => <span key={t} className="tm-token">{visibleCharacter(c)}</span>)}
        </span>
        <span className="visually-hidden">, {view.encoded.tokens.length} tokens</span>
      </p>
      <p className="tm-note" id={`${id}-note`} aria-live="polite" data-testid="tm-prompt-note">
        {promptNote(view, lab)}
      </p>
    </div>
  );
}
