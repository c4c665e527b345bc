import type { LessonHeading } from '../../scripts/content/manifest';

/** A collapsible list of the lesson's sections, linking to their anchors. */
export function OnThisPage({ headings }: { headings: LessonHeading[] }) {
  const sections = headings.filter((h) => h.depth === 2);
  if (sections.length < 2) return null;
  return (
    <details className="on-this-page">
      <summary>On this page</summary>
      <nav aria-label="On this page">
        <ol>
          {sections.map((h) => (
            <li key={h.slug}>
              <a href={`#${h.slug}`}>{h.text}</a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
