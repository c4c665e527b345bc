import { MemoryRouter } from 'react-router';
import { lessons } from 'virtual:lessons';
import { ErrorBoundary } from '../layout/ErrorBoundary';
import { LmsLesson } from './LmsLesson';

/** Which lesson a package launches, from its launch address: `index.html?lesson=chapters/training&python=1`. */
export function launchedLesson(search: string): { route: string; python: boolean } {
  const params = new URLSearchParams(search);
  return { route: `/${(params.get('lesson') ?? '').replace(/^\/+/, '')}`, python: params.get('python') === '1' };
}

/** The page of a SCORM package: one lesson, no course navigation (the LMS is the navigation). */
export function LmsApp({ search }: { search: string }) {
  const { route, python } = launchedLesson(search);
  const lesson = lessons.find((l) => l.route === route);
  return (
    // Blocks that link with the router get a router; it never touches the LMS's address bar.
    <MemoryRouter initialEntries={[route]}>
      <main id="main" className="lms-main">
        <ErrorBoundary resetKey={route}>
          {lesson ? (
            <LmsLesson lesson={lesson} python={python} />
          ) : (
            <>
              <h1>This package names no lesson of the course</h1>
              <p>Its launch address asks for “{route}”. Make the package again with npm run build:scorm, and import the new zip.</p>
            </>
          )}
        </ErrorBoundary>
      </main>
    </MemoryRouter>
  );
}
