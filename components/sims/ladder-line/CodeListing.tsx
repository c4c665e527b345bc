/** Props of a code listing. */
export interface CodeListingProps {
  /** What the code is, shown on the disclosure button and used as the listing's accessible name. */
  title: string;
  code: string;
}

/**
 * The rung's training step in Python, folded away under a disclosure. The listing scrolls sideways on a narrow
 * screen instead of wrapping code lines, so it is focusable and named for keyboard and screen-reader users.
 */
export default function CodeListing({ title, code }: CodeListingProps) {
  return (
    <details className="ld-code">
      <summary>{title}</summary>
      <pre tabIndex={0} role="region" aria-label={title}>
        <code>{code}</code>
      </pre>
    </details>
  );
}
