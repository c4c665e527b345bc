import type { ExerciseProps } from '../../components/course/exercise/blocks';

/**
 * An exercise in a lesson package, which leaves Python out to stay small: the task and its starter code are shown,
 * and the student is told where it runs. It does not count towards this lesson's completion here.
 */
export function ExerciseNotInPackage({ title, starter, children }: ExerciseProps) {
  return (
    <section className="exercise" aria-label={`Exercise: ${title}`}>
      <p className="exercise-title">Exercise: {title}</p>
      {children}
      <pre className="exercise-placeholder">{starter}</pre>
      <p className="lms-note">
        This exercise runs Python, which this lesson’s package leaves out to stay small. It runs in the whole-course package
        and on the course website; here it does not count towards the lesson’s completion.
      </p>
    </section>
  );
}
