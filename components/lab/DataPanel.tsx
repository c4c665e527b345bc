import { useId, useState } from 'react';
import { checkText, checkTextFile, fileTooLarge, MAX_TEXT_BYTES, visibleCharacter } from '../../engine/lab/text';
import { formatFixed } from '../sims/training-preview/format';
import { MOBY_DICK_CREDIT, type CorpusKind, type LabCorpus } from './corpus';

/** Props: the corpus in use, whether the dials are locked, and what to do with a choice or a text. */
export interface DataPanelProps {
  corpus: LabCorpus | null;
  /** True while training runs or the Lab is busy: the corpus changes only between runs. */
  locked: boolean;
  /** A sentence about the data that stops training (a text too short for the context), or null. */
  problem: string | null;
  onPick(kind: Exclude<CorpusKind, 'text'>): void;
  /** Trains on this text from now on (already checked), named by title. */
  onText(text: string, title: string): void;
}

const CHOICES: { kind: CorpusKind; label: string; about: string }[] = [
  { kind: 'names', label: 'Names', about: 'About 8,400 first names, one at a time: the model learns what a name looks like.' },
  { kind: 'moby-dick', label: 'Moby-Dick', about: MOBY_DICK_CREDIT },
  { kind: 'text', label: 'Your text', about: `Paste text or open a plain-text file of up to ${MAX_TEXT_BYTES / 1048576} MB; the model learns its characters.` },
];

/** What the student trains on: the names, a built-in book, or their own text; with the vocabulary it makes. */
export function DataPanel({ corpus, locked, problem, onPick, onText }: DataPanelProps) {
  const textId = useId();
  const fileId = useId();
  const [choice, setChoice] = useState<CorpusKind>(corpus?.kind ?? 'names');
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const keeping = corpus ? `the Lab keeps training on ${corpus.title}` : 'nothing changed';
  const useDraft = () => {
    const checked = checkText(draft);
    if (!checked.ok) return setMessage(`${checked.message} Nothing changed: ${keeping}.`);
    setMessage(null);
    onText(checked.text, 'your text');
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    // A file over the cap is refused from its size alone, before a byte of it is read.
    const checked = file.size > MAX_TEXT_BYTES ? fileTooLarge(file.name, file.size) : checkTextFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!checked.ok) return setMessage(`${checked.message} Nothing changed: ${keeping}.`);
    setMessage(null);
    setDraft('');
    onText(checked.text, `your text (${file.name.slice(0, 80)})`);
  };
  const pick = (kind: CorpusKind) => {
    setChoice(kind);
    setMessage(null);
    if (kind !== 'text') onPick(kind);
  };
  const vocabulary = corpus?.vocabulary ?? [];
  return (
    <div className="lab-panel lab-data" data-testid="lab-data">
      <fieldset className="lab-dials" disabled={locked}>
        <legend>Train on (pause to change; a change starts from fresh weights)</legend>
        {CHOICES.map((c) => (
          <label key={c.kind} className="lab-dial">
            <input type="radio" name="lab-corpus" value={c.kind} checked={choice === c.kind} onChange={() => pick(c.kind)} /> {c.label}
          </label>
        ))}
      </fieldset>
      <p className="lab-note">{CHOICES.find((c) => c.kind === choice)?.about}</p>
      {choice === 'text' && (
        <div className="lab-own-text">
          <label htmlFor={textId}>Paste or type your text</label>
          <textarea id={textId} rows={6} value={draft} disabled={locked} spellCheck={false} onChange={(e) => setDraft(e.target.value)} />
          <div className="lab-buttons">
            <button type="button" onClick={useDraft} disabled={locked}>Train on this text</button>
            <span className="lab-dial">
              <label htmlFor={fileId}>Or open a text file</label>
              <input id={fileId} type="file" accept=".txt,.md,text/plain" disabled={locked}
                onChange={(e) => { void openFile(e.target.files?.[0]); e.target.value = ''; }} />
            </span>
          </div>
        </div>
      )}
      <p role="alert" className="lab-problem" data-testid="lab-data-problem">{message ?? problem ?? ''}</p>
      {corpus && (
        <div data-testid="lab-vocabulary">
          <p>
            Training on <strong>{corpus.title}</strong>. Vocabulary: <strong data-testid="lab-vocab-size">{vocabulary.length}</strong> characters
            {corpus.kind === 'names' ? ' (the boundary “.” and a–z)' : ', every distinct character of the text'}; a uniform guess over them scores
            ln {vocabulary.length} = {formatFixed(Math.log(vocabulary.length), 3)}.
          </p>
          <details>
            <summary>Show the {vocabulary.length} characters</summary>
            <ul className="lab-vocabulary" aria-label={`The ${vocabulary.length} characters of the vocabulary, by token id`}>
              {vocabulary.map((c, id) => (
                <li key={id}><span className="lab-token">{visibleCharacter(c)}</span><span className="lab-tag">{id}</span></li>
              ))}
            </ul>
            <p className="lab-note">␣ is a space and ↵ a line break.</p>
          </details>
        </div>
      )}
    </div>
  );
}
