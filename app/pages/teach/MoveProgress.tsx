import { useRef, useState } from 'react';
import { lessons } from 'virtual:lessons';
import { emptyProgress, type ProgressData } from '../../stores/progressModel';
import { progressStore } from '../../stores/useProgress';
import { buildProgressFile, previewImport, readProgressFile, type ImportPreview } from '../../teach/progressFile';
import { downloadText } from './download';

type Stage = { kind: 'idle'; message: string } | { kind: 'preview'; data: ProgressData; preview: ImportPreview; fileName: string };

/** The current progress, without the store's actions and notices. */
function currentProgress(): ProgressData {
  const { answers, visited, lastLesson, exercises, attempts } = progressStore.getState();
  return { ...emptyProgress(), answers, visited, lastLesson, exercises, attempts };
}

/** A count with its noun: "1 answer", "3 answers". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What an import will change, listed before anything is overwritten. */
function PreviewList({ preview }: { preview: ImportPreview }) {
  return (
    <ul>
      <li>{count(preview.added.length, 'answer')} added</li>
      <li>{count(preview.changed.length, 'answer')} changed</li>
      <li>{count(preview.removed.length, 'answer')} on this device but not in the file, which will be removed</li>
      <li>{preview.nowComplete.length > 0 ? `Become complete: ${preview.nowComplete.join(', ')}` : 'No lesson becomes complete'}</li>
      {preview.noLongerComplete.length > 0 ? <li>No longer complete: {preview.noLongerComplete.join(', ')}</li> : null}
    </ul>
  );
}

/** Moving progress between devices: save a progress file here, import it there after a preview of the changes. */
export function MoveProgress() {
  const [stage, setStage] = useState<Stage>({ kind: 'idle', message: '' });
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const result = readProgressFile(file.size > 1024 * 1024 ? '' : await file.text(), file.size);
    if (input.current) input.current.value = '';
    if (!result.ok) return setStage({ kind: 'idle', message: `${file.name}: ${result.reason}` });
    setStage({ kind: 'preview', data: result.data, preview: previewImport(currentProgress(), result.data, lessons), fileName: file.name });
  };
  const confirm = (data: ProgressData) => {
    const result = progressStore.getState().importProgress(data);
    setStage({
      kind: 'idle',
      message: result.ok
        ? `Progress imported.${result.backupKey ? ` Your previous progress is kept in this browser under ${result.backupKey}.` : ''}`
        : 'This browser would not keep a backup of your current progress, so nothing was changed.',
    });
  };

  return (
    <section aria-labelledby="move-heading" className="move-progress no-print">
      <h2 id="move-heading">Move your progress to another device</h2>
      <p>
        Save a progress file here, then import it on the other device. Importing <strong>replaces</strong> the progress on
        that device with the file’s (it does not merge them); you see what will change first, and the progress it replaces is
        kept in that browser as a backup. A progress report cannot be imported: it has no answers in it.
      </p>
      <p>
        <button type="button" onClick={() => downloadText('transformer-progress.json', JSON.stringify(buildProgressFile(currentProgress(), Date.now())), 'application/json')}>
          Save progress file
        </button>
      </p>
      <p className="field">
        <label htmlFor="progress-import">Import a progress file</label>
        <input ref={input} id="progress-import" type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
      </p>
      {stage.kind === 'preview' ? (
        <div className="import-preview" role="group" aria-labelledby="preview-heading">
          <h3 id="preview-heading">Importing {stage.fileName} will change:</h3>
          <PreviewList preview={stage.preview} />
          <button type="button" onClick={() => confirm(stage.data)}>
            Replace my progress
          </button>{' '}
          <button type="button" onClick={() => setStage({ kind: 'idle', message: 'Import cancelled; nothing was changed.' })}>
            Cancel
          </button>
        </div>
      ) : null}
      <p role="status">{stage.kind === 'idle' ? stage.message : ''}</p>
    </section>
  );
}
