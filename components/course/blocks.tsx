import { useId, type ReactNode } from 'react';
import { useLesson } from './LessonContext';

/** The opening paragraphs of a lesson, set slightly larger than body text. */
export function Intro({ children }: { children?: ReactNode }) {
  return <div className="lesson-intro">{children}</div>;
}

/** "You will learn": the lesson's objectives from its frontmatter. */
export function YouWillLearn() {
  const { objectives } = useLesson();
  return (
    <section className="you-will-learn" aria-labelledby="you-will-learn">
      <h2 id="you-will-learn">You will learn</h2>
      <ul>
        {objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </section>
  );
}

/** The kinds of callout a lesson may use. */
export type CalloutKind = 'insight' | 'note' | 'warning';

const CALLOUT_NAMES: Record<CalloutKind, string> = { insight: 'Insight', note: 'Note', warning: 'Warning' };

/** A highlighted aside: an insight, a note or a warning. */
export function Callout({ kind = 'note', title, children }: { kind?: CalloutKind; title?: string; children?: ReactNode }) {
  const titleId = useId();
  return (
    <div className={`callout callout-${kind}`} role="note" aria-labelledby={titleId}>
      <p className="callout-title" id={titleId}>
        <span className="callout-kind">{CALLOUT_NAMES[kind] ?? 'Note'}</span>
        {title ? `: ${title}` : ''}
      </p>
      {children}
    </div>
  );
}

/** The lesson's recap: the points to remember, just before the quiz. */
export function Recap({ children }: { children?: ReactNode }) {
  return (
    <section className="recap" aria-labelledby="recap">
      <h2 id="recap">Recap</h2>
      {children}
    </section>
  );
}

/** A figure with an optional caption, for static pictures and diagrams. */
export function Figure({ caption, children }: { caption?: string; children?: ReactNode }) {
  return (
    <figure className="figure">
      {children}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
