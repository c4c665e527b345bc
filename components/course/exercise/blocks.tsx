import { lazy, Suspense, type ReactNode } from 'react';

/** Props of an exercise as written in MDX; the build moves the two code blocks into `starter` and `solution`. */
export interface ExerciseProps {
  id: string;
  check: string;
  title: string;
  starter: string;
  solution: string;
  children?: ReactNode;
}

/** One hint of an exercise, revealed by "Show a hint" in the order written. */
export function Hint({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

const ExerciseBlock = lazy(() => import('./ExerciseBlock'));

/**
 * A code exercise. The block's code (the editor, the checkers, the runner) loads only on lessons that have one;
 * until then the starter code is shown as text in the space the editor will take.
 */
export function Exercise(props: ExerciseProps) {
  return (
    <Suspense
      fallback={
        <div className="exercise exercise-loading">
          <p className="exercise-title">Exercise: {props.title}</p>
          <pre className="exercise-placeholder">{props.starter}</pre>
          <p role="status">Loading the exercise…</p>
        </div>
      }
    >
      <ExerciseBlock {...props} />
    </Suspense>
  );
}
