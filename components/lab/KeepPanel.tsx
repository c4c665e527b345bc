import { useId, useState } from 'react';
import type { GptModel } from '../../engine/gpt/forward';
import { ModelLoadError } from '../../engine/gpt/serialize';
import type { LabCorpus } from './corpus';
import { labFileText, readLabFile, type LabFile } from './labFile';
import type { LabSettings } from './labSettings';
import { shareQuery } from './shareLink';

/** Props: the model to export, what storage said, what to do with an imported model, and the run to share. */
export interface KeepPanelProps {
  model: { model: GptModel; step: number } | null;
  corpus: LabCorpus | null;
  settings: LabSettings;
  storageNote: string | null;
  /** Takes an imported file; resolves to a sentence when the Lab cannot use it, else null. */
  onImport(file: LabFile): Promise<string | null>;
}

/** A file name from the corpus and step, e.g. tiny-gpt-moby-dick-step-450.json. */
function fileName(corpus: LabCorpus | null, step: number): string {
  return `tiny-gpt-${corpus?.kind ?? 'names'}-step-${step}.json`;
}

/** Section: the model survives a reload on its own; here it can also leave and come back as a file, or as a link. */
export function KeepPanel({ model, corpus, settings, storageNote, onImport }: KeepPanelProps) {
  const fileId = useId();
  const linkId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [shareNote, setShareNote] = useState<string | null>(null);
  const exportModel = () => {
    if (!model || !corpus) return;
    const url = URL.createObjectURL(new Blob([labFileText(model.model, model.step, corpus)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(corpus, model.step);
    link.click();
    URL.revokeObjectURL(url);
    setMessage(`Exported the model at step ${model.step}.`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const loaded = await readLabFile(file);
      const problem = await onImport(loaded);
      const { config } = loaded.model;
      setMessage(problem ? `${file.name} was not imported: ${problem}`
        : `Imported ${file.name}: ${config.layers} layers, ${config.heads} heads, width ${config.width}, trained on ${loaded.corpus.title}. Press Resume training to go on.`);
    } catch (error) {
      const why = error instanceof ModelLoadError ? error.message : 'the file could not be read';
      setMessage(`${file.name} was not imported: ${why}.`);
    }
  };
  const shareable = corpus && corpus.kind !== 'text';
  const shareUrl = shareable && typeof location !== 'undefined'
    ? `${location.origin}${location.pathname}?${shareQuery(corpus.kind as 'names' | 'moby-dick', settings)}` : null;
  const copy = async () => {
    if (!shareUrl) return;
    try {
      await navigator.clipboard.writeText(shareUrl);
      setShareNote('Copied the link. Whoever opens it gets these dials, this seed and this text, and the same loss curve.');
    } catch {
      setShareNote('The browser did not allow copying: select the link above and copy it.');
    }
  };
  return (
    <figure className="lab-panel">
      <div className="lab-buttons">
        <button type="button" onClick={exportModel} disabled={!model || !corpus}>Export weights</button>
        <span className="lab-dial">
          <label htmlFor={fileId}>Import weights</label>
          <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
        </span>
      </div>
      <p role="status" data-testid="lab-keep-status">{message ?? storageNote ?? 'The model is saved in this browser every few seconds while it trains, and whenever training pauses.'}</p>
      <div className="lab-share">
        <label htmlFor={linkId}>A link to this run</label>
        {shareUrl ? (
          <span className="lab-buttons">
            <input id={linkId} type="text" readOnly value={shareUrl} className="lab-share-url" data-testid="lab-share-url"
              onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => void copy()}>Copy link</button>
          </span>
        ) : (
          <p id={linkId} className="lab-note">A link cannot carry your own text: share the text file and the dials instead.</p>
        )}
        <p className="lab-note" aria-live="polite">{shareNote}</p>
      </div>
      <figcaption>
        A file holds the shape, every tensor's name and shape, the weights and the characters the tokens stand for; an
        import is checked for all of them, for finite numbers and for a size under 5 MB before it replaces the current
        model. A link carries the text, the dials and the seed of a built-in run, not the weights: it trains the same
        run again from the start, step for step.
      </figcaption>
    </figure>
  );
}
