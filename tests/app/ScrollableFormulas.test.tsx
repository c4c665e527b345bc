import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScrollableFormulas } from '../../app/pages/ScrollableFormulas';

/** A display formula whose content and box widths are given, since jsdom does no layout. */
function formula(scrollWidth: number, clientWidth: number): HTMLElement {
  const el = document.createElement('span');
  el.className = 'katex-display';
  Object.defineProperty(el, 'scrollWidth', { value: scrollWidth });
  Object.defineProperty(el, 'clientWidth', { value: clientWidth });
  return el;
}

describe('wide formulas', () => {
  it('puts only formulas wider than the column into the tab order, labelled as scrollable', () => {
    const article = document.createElement('article');
    article.className = 'lesson';
    const wide = formula(800, 320);
    const narrow = formula(200, 320);
    article.append(wide, narrow);
    document.body.append(article);
    render(<ScrollableFormulas />);
    expect(wide.tabIndex).toBe(0);
    expect(wide).toHaveAttribute('aria-label', 'Formula, scroll sideways to see all of it');
    expect(narrow).not.toHaveAttribute('tabindex');
    article.remove();
  });
});
