import { Children, isValidElement, lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Hint, type ExerciseProps } from './blocks';
import type { CodeEditorHandle } from './CodeEditor';
import { ExerciseResults, summarise } from './ExerciseResults';
import { useExerciseProgress } from './ExerciseProgressContext';
import { usePythonRunner } from './runnerContext';
import type { RunReport } from './types';
import { useExerciseRun, useRuntimeState, type RunView } from './useExerciseRun';
import './exercise.css';

const CodeEditor = lazy(() => import('./CodeEditor'));

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** Splits the block's children into the task (prose) and the hints, in the order written. */
function splitChildren(children: ReactNode): { task: ReactNode[]; hints: ReactNode[] } {
  const task: ReactNode[] = [];
  const hints: ReactNode[] = [];
  Children.forEach(children, (child) => {
    if (isValidElement<{ children?: ReactNode }>(child) && child.type === Hint) hints.push(child.props.children);
    else task.push(child);
  });
  return { task, hints };
}

/** The words of the status region for a run and the runtime's state. */
function statusText(view: RunView, runtime: ReturnType<typeof useRuntimeState>): string {
  if (view.kind === 'running') {
    if (runtime.phase === 'loading') {
      return runtime.total > 0 ? `Loading Python… ${megabytes(runtime.loaded)} of ${megabytes(runtime.total)} MB` : 'Loading Python…';
    }
    return 'Running your code…';
  }
  if (view.kind === 'report') return summarise(view.report);
  if (view.kind === 'timeout') return `Your code ran for ${view.seconds} seconds without finishing, so it was stopped.`;
  if (view.kind === 'failed') return view.message;
  return '';
}

/** Asks before something that replaces or reveals, inline, with focus on the safe choice. */
function Confirm({ question, yes, no, onYes, onNo }: { question: string; yes: string; no: string; onYes(): void; onNo(): void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="exercise-confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <button type="button" onClick={onYes}>
        {yes}
      </button>{' '}
      <button type="button" ref={keep} onClick={onNo}>
        {no}
      </button>
    </div>
  );
}

/** A code exercise: the task, an editor, Run, Reset, hints one at a time, the solution after a run, and the verdict. */
export default function ExerciseBlock({ id, check, title, starter, solution, children }: ExerciseProps) {
  const progress = useExerciseProgress();
  const saved = progress.useSaved(id);
  const runner = usePythonRunner();
  const runtime = useRuntimeState(runner);
  const [code, setCode] = useState(() => saved?.code ?? starter);
  const codeRef = useRef(code);
  const editor = useRef<CodeEditorHandle>(null);
  const [hintsShown, setHintsShown] = useState(0);
  const [asking, setAsking] = useState<'reset' | 'solution' | null>(null);
  const [solutionShown, setSolutionShown] = useState(false);
  const [hasRun, setHasRun] = useState(Boolean(saved?.passed));
  const baseId = useId();
  const { task, hints } = splitChildren(children);
  const passed = Boolean(saved?.passed);

  const onReport = useCallback(
    (report: RunReport, ranCode: string) => {
      const before = progress;
      const wasPassed = passed;
      before.save(id, {
        code: codeRef.current,
        passed: wasPassed || report.passed,
        passedCode: report.passed ? ranCode : (saved?.passedCode ?? null),
        check,
      });
    },
    [check, id, passed, progress, saved?.passedCode],
  );
  const { view, run } = useExerciseRun(runner, check, onReport);

  const onChange = (next: string) => {
    codeRef.current = next;
    setCode(next);
    progress.save(id, { code: next, passed, passedCode: saved?.passedCode ?? null, check });
  };
  const onRun = () => {
    if (view.kind === 'running') return;
    setHasRun(true);
    void run(codeRef.current);
  };
  const resetCode = () => {
    setAsking(null);
    codeRef.current = starter;
    setCode(starter);
    editor.current?.setCode(starter);
    progress.save(id, { code: starter, passed, passedCode: saved?.passedCode ?? null, check });
  };

  const statusId = `${baseId}-status`;
  const keysId = `${baseId}-keys`;
  const titleId = `${baseId}-title`;
  const busy = view.kind === 'running';
  return (
    <section className="exercise" aria-labelledby={titleId} data-exercise={id}>
      <div className="exercise-head">
        <p className="exercise-title" id={titleId}>
          <span className="exercise-kind">Exercise</span>: {title}
        </p>
        <p className={`exercise-badge${passed ? ' is-passed' : ''}`}>{passed ? 'Passed' : 'Not passed yet'}</p>
      </div>
      <div className="exercise-task">{task}</div>
      <Suspense fallback={<pre className="exercise-placeholder">{code}</pre>}>
        <CodeEditor ref={editor} initialCode={code} label={`Python code for the exercise ${title}`} describedBy={keysId} onChange={onChange} onRun={onRun} />
      </Suspense>
      <p className="exercise-keys" id={keysId}>
        Tab indents. To leave the editor with the keyboard, press Escape, then Tab. Ctrl+Enter runs.
      </p>
      <div className="exercise-actions">
        <button type="button" className="primary" onClick={onRun} disabled={busy} aria-describedby={statusId}>
          {busy ? 'Running…' : 'Run'}
        </button>
        <button type="button" onClick={() => setAsking('reset')} disabled={code === starter}>
          Reset code
        </button>
        <button type="button" onClick={() => setHintsShown((n) => n + 1)} disabled={hintsShown >= hints.length}>
          {hintsShown >= hints.length ? 'No more hints' : `Show a hint (${hints.length - hintsShown} left)`}
        </button>
        <button type="button" onClick={() => setAsking('solution')} disabled={!hasRun || solutionShown} title={hasRun ? undefined : 'Run your code once first'}>
          Show the solution
        </button>
      </div>
      {!hasRun && <p className="exercise-note">The solution can be shown after your first run.</p>}
      {asking === 'reset' && (
        <Confirm question="Replace your code with the starter code?" yes="Replace my code" no="Keep my code" onYes={resetCode} onNo={() => setAsking(null)} />
      )}
      {asking === 'solution' && (
        <Confirm
          question="Show the solution? Trying one more hint first often teaches more."
          yes="Yes, show it"
          no="Not yet"
          onYes={() => {
            setAsking(null);
            setSolutionShown(true);
          }}
          onNo={() => setAsking(null)}
        />
      )}
      <div className="exercise-status" id={statusId} role="status" aria-live="polite">
        {statusText(view, runtime)}
        {busy && runtime.phase === 'loading' && runtime.total > 0 && (
          <progress max={runtime.total} value={runtime.loaded} aria-label="Loading Python" />
        )}
      </div>
      {hintsShown > 0 && (
        <ol className="exercise-hints" aria-label="Hints">
          {hints.slice(0, hintsShown).map((hint, i) => (
            <li key={i}>{hint}</li>
          ))}
        </ol>
      )}
      {view.kind === 'report' && view.report.mistake && (
        <div className="exercise-mistake" role="note" aria-label="A known mistake">
          <p className="exercise-mistake-title">A known mistake</p>
          <p>{view.report.mistake.hint}</p>
        </div>
      )}
      {view.kind === 'timeout' && (
        <p className="exercise-error">
          Is there a loop that never ends? Python was restarted, so you can change the code and run it again.
        </p>
      )}
      {view.kind === 'report' && <ExerciseResults report={view.report} onGoToLine={(line) => editor.current?.focusLine(line)} />}
      {view.kind === 'report' && view.stdout && (
        <div className="exercise-output">
          <p className="exercise-output-title">What your code printed{view.truncated ? ' (cut off at 10,000 characters)' : ''}</p>
          <pre>{view.stdout}</pre>
        </div>
      )}
      {solutionShown && (
        <div className="exercise-solution">
          <p className="exercise-output-title">A solution</p>
          <pre>{solution}</pre>
        </div>
      )}
    </section>
  );
}
