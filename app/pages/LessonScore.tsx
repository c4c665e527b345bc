import { correctCount, passedCount, type ProgressData } from '../stores/progressModel';

/** "3 of 5 questions right · 1 of 1 exercise passed": what a lesson asks and how much of it is done. */
export function LessonScore({ lesson, progress }: { lesson: { questionKeys: readonly string[]; exerciseKeys?: readonly string[] }; progress: ProgressData }) {
  const exercises = lesson.exerciseKeys?.length ?? 0;
  return (
    <>
      {correctCount(lesson.questionKeys, progress)} of {lesson.questionKeys.length} questions right
      {exercises > 0 && (
        <>
          {' · '}
          {passedCount(lesson.exerciseKeys, progress)} of {exercises} {exercises === 1 ? 'exercise' : 'exercises'} passed
        </>
      )}
    </>
  );
}
