import { render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, isLoadError, lessonFrame } from '../../../app/layout/ErrorBoundary';

function Broken(): never {
  // What a lesson with `{epsilon}` in its prose throws when it renders.
  const error = new ReferenceError('epsilon is not defined');
  error.stack = 'ReferenceError: epsilon is not defined\n    at _createMdxContent (http://localhost:5173/content/chapters/07-training.mdx?t=1712:41:7)';
  throw error;
}

describe('the page error screen', () => {
  afterEach(() => vi.restoreAllMocks());

  it('asks for a reload when the page’s code could not be downloaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Lesson = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/07-training.js')));
    render(
      <ErrorBoundary resetKey="/chapters/training">
        <Suspense fallback={null}>
          <Lesson />
        </Suspense>
      </ErrorBoundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('This page could not be shown. Check your connection and reload the page.');
  });

  it('says the page itself is broken when it throws while rendering, with the error and the lesson line in development', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary resetKey="/chapters/training">
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This page has an error in its content and could not be shown. Reloading will not fix it');
    expect(alert.textContent).not.toContain('connection');
    // Tests run as development, so the real error shows.
    expect(alert.textContent).toContain('epsilon is not defined in content/chapters/07-training.mdx:41');
  });

  it('tells load errors from others by what browsers say', () => {
    expect(isLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isLoadError(new Error('error loading dynamically imported module'))).toBe(true);
    expect(isLoadError(new ReferenceError('epsilon is not defined'))).toBe(false);
    expect(isLoadError(null)).toBe(false);
  });

  it('finds the lesson file and line in a stack, and nothing in a stack without one', () => {
    expect(lessonFrame('at x (http://127.0.0.1:4173/content/primer/02-calculus.mdx:12:3)')).toBe('content/primer/02-calculus.mdx:12');
    expect(lessonFrame('at y (http://127.0.0.1:4173/assets/index-abc.js:1:200)')).toBeNull();
    expect(lessonFrame(undefined)).toBeNull();
  });
});
