import { useId, useState } from 'react';
import type { GptModel } from '../../engine/gpt/forward';
import { ModelLoadError, saveModel } from '../../engine/gpt/serialize';
import { readModelFile } from './modelStore';

/** Props: the model to export, what storage said, and what to do with an imported model. */
export interface KeepPanelProps {
  model: { model: GptModel; step: number } | null;
  storageNote: string | null;
  onImport(model: GptModel): string | null;
}

/** Section: the model survives a reload on its own; here it can also leave and come back as a file. */
export function KeepPanel({ model, storageNote, onImport }: KeepPanelProps) {
  const fileId = useId();
  const [message, setMessage] = useState<string | null>(null);
  const exportModel = () => {
    if (!model) return;
    const url = URL.createObjectURL(new Blob([saveModel(model.model)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `tiny-gpt-names-step-${model.step}.json`;
    link.click();
    URL.revokeObjectURL(url);
    setMessage(`Exported the model at step ${model.step}.`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const loaded = await readModelFile(file);
      setMessage(onImport(loaded) ?? `Imported ${file.name}: ${loaded.config.layers} layers, ${loaded.config.heads} heads, width ${loaded.config.width}. Press Resume training to go on.`);
    } catch (error) {
      const why = error instanceof ModelLoadError ? error.message : 'the file could not be read';
      setMessage(`${file.name} was not imported: ${why}.`);
    }
  };
  return (
    <figure className="lab-panel">
      <div className="lab-buttons">
        <button type="button" onClick={exportModel} disabled={!model}>Export weights</button>
        <span className="lab-dial">
          <label htmlFor={fileId}>Import weights</label>
          <input id={fileId} type="file" accept=".json,application/json" onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
        </span>
      </div>
      <p role="status" data-testid="lab-keep-status">{message ?? storageNote ?? 'The model is saved in this browser whenever training pauses.'}</p>
      <figcaption>
        A file holds the shape, every tensor's name and shape, and the weights; an import is checked for all of them, for
        finite numbers and for a size under 5 MB before it replaces the current model.
      </figcaption>
    </figure>
  );
}
