import 'katex/dist/katex.min.css';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useLocation, useParams } from 'react-router';
import { lessonDetails } from 'virtual:lesson-details';
import { lessonLoaders, lessons } from 'virtual:lessons';
import { LessonContext } from '../../components/course/LessonContext';
import { mdxComponents } from '../../components/course/mdxComponents';
import { ExerciseProgressProvider } from '../../components/course/exercise/ExerciseProgressContext';
import { QuizProgressProvider } from '../../components/course/quiz/QuizProgressContext';
import type { LessonSummary } from '../../scripts/content/manifest';
import { lessonLabel } from '../course/tracks';
import { usePageHeading } from '../layout/usePageHeading';
import { progressStore, storedExerciseProgress, storedQuizProgress } from '../stores/useProgress';
import NotFoundPage from './NotFoundPage';
import { OnThisPage } from './OnThisPage';
import { PrevNext } from './PrevNext';
import { ScrollableFormulas } from './ScrollableFormulas';

type LessonBody = ComponentType<{ components?: Record<string, unknown> }>;
const bodies = new Map<string, LessonBody>();

/** The lazily loaded body of a lesson, created once per route so React keeps it between renders. */
function bodyFor(route: string): LessonBody {
  let body = bodies.get(route);
  if (!body) {
    body = lazy(lessonLoaders[route]);
    bodies.set(route, body);
  }
  return body;
}

/** Scrolls to the heading named in the URL once the lesson body is on the page. */
function ScrollToHash() {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);
  return null;
}

/** One lesson: its header from the manifest, its MDX body, and links onwards. */
function LessonView({ lesson }: { lesson: LessonSummary }) {
  const { objectives, headings } = lessonDetails[lesson.route];
  const heading = usePageHeading(lesson.title);
  useEffect(() => progressStore.getState().visit(lesson.route), [lesson.route]);
  const Body = bodyFor(lesson.route);
  return (
    <article className="lesson">
      <header className="lesson-header">
        <p className="eyebrow">
          {lessonLabel(lesson)} · about {lesson.minutes} min
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {lesson.title}
        </h1>
        <p className="lede">{lesson.summary}</p>
        <OnThisPage headings={headings} />
      </header>
      <LessonContext.Provider value={{ title: lesson.title, objectives }}>
        <QuizProgressProvider value={storedQuizProgress}>
          <ExerciseProgressProvider value={storedExerciseProgress}>
            <Suspense fallback={<p role="status">Loading the lesson…</p>}>
              <Body components={mdxComponents} />
              <ScrollToHash />
              <ScrollableFormulas />
            </Suspense>
          </ExerciseProgressProvider>
        </QuizProgressProvider>
      </LessonContext.Provider>
      <PrevNext route={lesson.route} />
    </article>
  );
}

/** The page for `/:track/:slug`; an unknown lesson gets the 404 page. */
export default function LessonPage() {
  const { track, slug } = useParams();
  const route = `/${track ?? ''}/${slug ?? ''}`;
  const lesson = lessons.find((l) => l.route === route);
  if (!lesson) return <NotFoundPage />;
  return <LessonView key={route} lesson={lesson} />;
}
