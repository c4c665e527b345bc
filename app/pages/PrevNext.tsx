import { Link } from 'react-router';
import { lessons } from 'virtual:lessons';
import { neighbours } from '../course/catalog';

/** Links to the previous and next lessons of the same track. */
export function PrevNext({ route }: { route: string }) {
  const { previous, next } = neighbours(lessons, route);
  if (!previous && !next) return null;
  return (
    <nav className="prev-next" aria-label="Previous and next chapters">
      {previous ? (
        <Link to={previous.route} rel="prev">
          <span className="prev-next-label">Previous</span> {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link to={next.route} rel="next" className="next">
          <span className="prev-next-label">Next</span> {next.title}
        </Link>
      )}
    </nav>
  );
}
