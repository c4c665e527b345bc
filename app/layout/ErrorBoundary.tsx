import { Component, type ReactNode } from 'react';

/** True for an error from fetching a page's code (offline, a deploy that removed the chunk), not from running it. */
export function isLoadError(error: unknown): boolean {
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  return (
    name === 'ChunkLoadError' ||
    /dynamically imported module|Importing a module script failed|Unable to preload|Failed to fetch|NetworkError|Load failed/i.test(message)
  );
}

/** Where in a lesson file a stack points, e.g. `content/chapters/01-attention.mdx:34`; null when it does not. */
export function lessonFrame(stack: string | undefined): string | null {
  const match = /\/((?:content|tests\/fixtures)\/[^\s?():]+\.mdx)(?:\?[^\s:()]*)?:(\d+)(?::\d+)?/.exec(stack ?? '');
  return match ? `${match[1]}:${match[2]}` : null;
}

interface State {
  error: unknown;
  key: string;
}

/**
 * Catches a page that fails to load or render and says which, instead of leaving a blank screen: a failed download
 * is worth a reload, an error in the page itself is not. In development the error and the lesson line are shown.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  state: State = { error: null, key: this.props.resetKey };
  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('unknown error') };
  }
  static getDerivedStateFromProps(props: { resetKey: string }, state: State) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }
  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (isLoadError(error)) {
      return (
        <div role="alert" className="page-error">
          <p>This page could not be shown. Check your connection and reload the page.</p>
        </div>
      );
    }
    const { message, stack } = error as { message?: string; stack?: string };
    const frame = lessonFrame(stack);
    return (
      <div role="alert" className="page-error">
        <p>This page has an error in its content and could not be shown. Reloading will not fix it; the rest of the course works.</p>
        {import.meta.env.DEV && (
          <p>
            <code>{String(message ?? error)}</code>
            {frame && <> in <code>{frame}</code> (a line of the compiled lesson)</>}
          </p>
        )}
      </div>
    );
  }
}
