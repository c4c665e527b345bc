import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers, drawSelection } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

/** What a parent can do with the editor: replace its text (Reset, a restored draft) and jump to a line. */
export interface CodeEditorHandle {
  setCode(code: string): void;
  focusLine(line: number): void;
}

/** Props of the code editor. */
export interface CodeEditorProps {
  initialCode: string;
  /** The accessible name of the editing area. */
  label: string;
  /** Id of the text that explains the keys (how to leave the editor), read by screen readers with the label. */
  describedBy: string;
  onChange(code: string): void;
  /** Ctrl/Cmd+Enter runs the code. */
  onRun(): void;
}

/**
 * A CodeMirror 6 editor for Python: highlighting (as classes, so the light and dark themes colour it), bracket
 * matching and closing, undo, auto-indent. Tab indents; Escape then Tab moves focus on, so the keyboard is never
 * trapped.
 */
const CodeEditor = forwardRef<CodeEditorHandle, CodeEditorProps>(function CodeEditor({ initialCode, label, describedBy, onChange, onRun }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun });
  callbacks.current = { onChange, onRun };

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initialCode,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          // Long lines wrap instead of scrolling sideways: no hidden code on a phone, and no scroll box to reach.
          EditorView.lineWrapping,
          indentOnInput(),
          indentUnit.of('    '),
          EditorState.tabSize.of(4),
          bracketMatching(),
          closeBrackets(),
          python(),
          syntaxHighlighting(classHighlighter),
          keymap.of([
            { key: 'Mod-Enter', run: () => (callbacks.current.onRun(), true) },
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            indentWithTab,
          ]),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-describedby': describedBy, 'aria-multiline': 'true' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor owns its text after the first render; setCode replaces it on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(ref, () => ({
    setCode(code) {
      const editor = view.current;
      if (!editor) return;
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: code } });
    },
    focusLine(line) {
      const editor = view.current;
      if (!editor) return;
      const target = editor.state.doc.line(Math.min(Math.max(1, line), editor.state.doc.lines));
      editor.dispatch({ selection: { anchor: target.from, head: target.to }, scrollIntoView: true });
      editor.focus();
    },
  }));

  return <div ref={host} className="code-editor" />;
});

export default CodeEditor;
