import type { ComponentType } from 'react';

/**
 * What a lesson with problems shows under `npm run dev`, in place of its body: every problem as the checker prints
 * it, so the author fixes it where they are looking while every other page keeps working. Never built for readers:
 * a production build with any problem fails.
 */
export function lessonWithProblems(problems: string[]): ComponentType {
  function LessonProblems() {
    return (
      <div role="alert" className="page-error lesson-problems">
        <p>
          This lesson has {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before it can be shown (the
          terminal running <code>npm run dev</code> lists them too):
        </p>
        <ul>
          {problems.map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return LessonProblems;
}
