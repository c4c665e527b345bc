import { Link, useLocation } from 'react-router';
import { lessons } from 'virtual:lessons';
import { usePageHeading } from '../layout/usePageHeading';

/** A 404 that says what was asked for and offers the way back. */
export default function NotFoundPage() {
  const heading = usePageHeading('Page not found');
  const { pathname } = useLocation();
  return (
    <div className="not-found">
      <h1 ref={heading} tabIndex={-1}>
        Page not found
      </h1>
      <p>
        There is no page at <code>{pathname}</code>. It may have moved, or the chapter may still be in preparation.
      </p>
      <p>
        <Link to="/">Go to the course page</Link> to see every chapter, or open one of these:
      </p>
      <ul>
        {lessons.map((lesson) => (
          <li key={lesson.route}>
            <Link to={lesson.route}>{lesson.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
