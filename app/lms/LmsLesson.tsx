import 'katex/dist/katex.min.css';
import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType, type MouseEvent } from 'react';
import { lessonDetails } from 'virtual:lesson-details';
import { lessonLoaders } from 'virtual:lessons';
import { LessonContext } from '../../components/course/LessonContext';
import { ExerciseProgressProvider } from '../../components/course/exercise/ExerciseProgressContext';
import { mdxComponents } from '../../components/course/mdxComponents';
import { QuizProgressProvider } from '../../components/course/quiz/QuizProgressContext';
import type { LessonSummary } from '../../scripts/content/manifest';
import { lessonLabel } from '../course/tracks';
import { progressStore, storedExerciseProgress, storedQuizProgress } from '../stores/useProgress';
import { ExerciseNotInPackage } from './ExerciseNotInPackage';
import { useLmsConnection, type LmsState } from './useLmsConnection';

type LessonBody = ComponentType<{ components?: Record<string, unknown> }>;

/** The one quiet line about the LMS: nothing outside one, a note when connected, what went wrong when it refuses. */
function LmsLine({ state }: { state: LmsState }) {
  if (state.kind === 'none') return null;
  const text =
    state.kind === 'connected'
      ? 'Your answers are saved to your course’s LMS as you go.'
      : `Your course’s LMS did not accept this lesson’s progress (${state.detail}). Your answers are still kept in this browser; if this keeps happening, tell your instructor.`;
  return (
    <p role="status" className={state.kind === 'trouble' ? 'lms-note lms-trouble' : 'lms-note'}>
      {text}
    </p>
  );
}

/** A lesson as a SCORM package shows it: the lesson alone, reporting to the LMS; links to other pages are held. */
export function LmsLesson({ lesson, python }: { lesson: LessonSummary; python: boolean }) {
  const { objectives } = lessonDetails[lesson.route];
  const Body = useMemo(() => lazy(lessonLoaders[lesson.route]) as LessonBody, [lesson.route]);
  // Without Python the exercises cannot run here, so they do not count towards completion.
  const lmsLesson = useMemo(() => ({ route: lesson.route, questionKeys: lesson.questionKeys, exerciseKeys: python ? lesson.exerciseKeys : [] }), [lesson, python]);
  const state = useLmsConnection(lmsLesson);
  const [held, setHeld] = useState('');
  useEffect(() => progressStore.getState().visit(lesson.route), [lesson.route]);
  const components = python ? mdxComponents : { ...mdxComponents, Exercise: ExerciseNotInPackage };
  const holdLinks = (e: MouseEvent) => {
    const link = (e.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith('/')) return;
    // Another page of the course is not in this package; following it would leave the LMS's frame.
    e.preventDefault();
    setHeld(`“${link?.textContent ?? href}” is another part of the course. Open it from your course’s LMS or on the course website.`);
  };
  return (
    <article className="lesson" onClickCapture={holdLinks}>
      <header className="lesson-header">
        <p className="eyebrow">
          {lessonLabel(lesson)} · about {lesson.minutes} min
        </p>
        <h1>{lesson.title}</h1>
        <p className="lede">{lesson.summary}</p>
        <LmsLine state={state} />
      </header>
      <p role="status" className={held ? 'lms-note' : undefined}>
        {held}
      </p>
      <LessonContext.Provider value={{ title: lesson.title, objectives }}>
        <QuizProgressProvider value={storedQuizProgress}>
          <ExerciseProgressProvider value={storedExerciseProgress}>
            <Suspense fallback={<p role="status">Loading the lesson…</p>}>
              <Body components={components} />
            </Suspense>
          </ExerciseProgressProvider>
        </QuizProgressProvider>
      </LessonContext.Provider>
    </article>
  );
}
