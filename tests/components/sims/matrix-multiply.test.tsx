import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import MatrixMultiply from '../../../components/sims/matrix-multiply/MatrixMultiply';

afterEach(cleanup);

// A = [[1, 2, 0], [−1, 3, 1]], B = [[2, 1], [0, −1], [1, 4]]; products worked out by hand below.
const product = () => screen.getByRole('table', { name: 'A × B, 2 × 2' });
const terms = () => screen.getByTestId('mm-terms').textContent ?? '';

describe('MatrixMultiply', () => {
  it('shows A × B = [[2, −1], [−1, 0]] for the 2 × 3 and 3 × 2 matrices', () => {
    render(<MatrixMultiply />);
    const cells = within(product()).getAllByRole('button').map((b) => b.textContent);
    // 1·2 + 2·0 + 0·1 = 2; 1·1 + 2·(−1) + 0·4 = −1; −1·2 + 3·0 + 1·1 = −1; −1·1 + 3·(−1) + 1·4 = 0
    expect(cells).toEqual(['2', '−1', '−1', '0']);
  });

  it('names the row and column that meet when a cell gets keyboard focus, and highlights them', async () => {
    const user = userEvent.setup();
    render(<MatrixMultiply />);
    await user.click(screen.getByRole('radio', { name: '3 × 2' }));
    await user.tab(); // the radio group is one tab stop; the next stop is the first product cell
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAccessibleName('Row 1, column 1: 2');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Row 2, column 2: 0');
    expect(terms()).toMatch(/Row 2 of A meets column 2 of B: \(−1\)×1 \+ 3×\(−1\) \+ 1×4 = 0/);
    const a = screen.getByRole('table', { name: 'A, 2 × 3' });
    expect(a.querySelectorAll('.mm-on')).toHaveLength(3);
    expect(a.querySelector('[data-cell="1-0"]')).toHaveClass('mm-on');
  });

  it('shows the cell a mouse hovers', async () => {
    const user = userEvent.setup();
    render(<MatrixMultiply />);
    await user.hover(screen.getByRole('button', { name: 'Row 1, column 2: −1' }));
    expect(terms()).toMatch(/Row 1 of A meets column 2 of B: 1×1 \+ 2×\(−1\) \+ 0×4 = −1/);
  });

  it('explains the mismatch when B is 2 × 2: a row of A has 3 numbers, a column of B has 2', async () => {
    const user = userEvent.setup();
    render(<MatrixMultiply />);
    await user.click(screen.getByRole('radio', { name: '2 × 2' }));
    expect(screen.queryByRole('table', { name: /A × B/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent(/row of A has 3 numbers but a column of B has 2/);
  });
});
