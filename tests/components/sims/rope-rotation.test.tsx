import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import RopeRotation from '../../../components/sims/rope-rotation/RopeRotation';

afterEach(cleanup);

const Q = [1, 0.5];
const K = [0.5, 1];
/** (x, y) turned by a radians: (x cos a − y sin a, x sin a + y cos a). */
const turn = ([x, y]: number[], a: number) => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)];
const three = (x: number) => x.toFixed(3).replace('-', '−');
/** The score after turning q by m and k by n: |q||k|cos(angle between them + n − m). */
const score = (m: number, n: number) => {
  const between = Math.atan2(K[1], K[0]) - Math.atan2(Q[1], Q[0]);
  return Math.hypot(...Q) * Math.hypot(...K) * Math.cos(between + n - m);
};

describe('RopeRotation', () => {
  it('turns q = (1, 0.5) by 2 radians and k = (0.5, 1) by 5, and scores them |q||k|cos(θ + 3)', () => {
    render(<RopeRotation />);
    const q = turn(Q, 2);
    expect(screen.getByTestId('q-rotated')).toHaveTextContent(`(${three(q[0])}, ${three(q[1])})`);
    const k = turn(K, 5);
    expect(screen.getByTestId('k-rotated')).toHaveTextContent(`(${three(k[0])}, ${three(k[1])})`);
    expect(screen.getByTestId('rope-score')).toHaveTextContent(three(score(2, 5)));
    expect(screen.getByText(/^Distance n − m/)).toHaveTextContent('Distance n − m = 3');
    expect(screen.getByText(/^Distance n − m/)).toHaveTextContent('(before turning: 1.000)');
  });

  it('keeps the score when both move one place later, while both arrows turn', async () => {
    const user = userEvent.setup();
    render(<RopeRotation />);
    const before = screen.getByTestId('rope-score').textContent;
    await user.click(screen.getByRole('button', { name: 'Move both one place later' }));
    expect(screen.getByRole('slider', { name: 'Query position m' })).toHaveValue('3');
    expect(screen.getByRole('slider', { name: 'Key position n' })).toHaveValue('6');
    const q = turn(Q, 3);
    expect(screen.getByTestId('q-rotated')).toHaveTextContent(`(${three(q[0])}, ${three(q[1])})`);
    expect(screen.getByTestId('rope-score').textContent).toBe(before);
  });

  it('keeps the keyboard on a working button when moving reaches the last place, and after Reset', async () => {
    const user = userEvent.setup();
    render(<RopeRotation />);
    const move = screen.getByRole('button', { name: 'Move both one place later' });
    move.focus();
    // n starts at 5 and stops at 15: ten presses, the score unchanged all the way.
    const before = screen.getByTestId('rope-score').textContent;
    for (let i = 0; i < 10; i++) await user.keyboard('{Enter}');
    expect(move).toBeDisabled();
    expect(screen.getByRole('slider', { name: 'Key position n' })).toHaveValue('15');
    expect(screen.getByTestId('rope-score').textContent).toBe(before);
    expect(screen.getByRole('button', { name: 'Reset' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('slider', { name: 'Query position m' })).toHaveValue('2');
    expect(move).toHaveFocus();
  });

  it('lists other places at the same distance, all with the same score', () => {
    render(<RopeRotation />);
    const scores = Array.from(screen.getByRole('table').querySelectorAll('[data-column="score"]')).map((c) => c.textContent);
    expect(scores.length).toBeGreaterThanOrEqual(3);
    expect(new Set(scores)).toEqual(new Set([three(score(2, 5))]));
  });

  it('gives the unturned score q · k = 0.5 + 0.5 = 1 whenever m = n, and a new score at a new distance', () => {
    render(<RopeRotation />);
    fireEvent.change(screen.getByRole('slider', { name: 'Key position n' }), { target: { value: '2' } });
    expect(screen.getByTestId('rope-score')).toHaveTextContent('1.000');
    fireEvent.change(screen.getByRole('slider', { name: 'Query position m' }), { target: { value: '12' } });
    expect(screen.getByText(/^Distance n − m/)).toHaveTextContent('Distance n − m = −10');
    expect(screen.getByTestId('rope-score')).toHaveTextContent(three(score(12, 2)));
  });
});
