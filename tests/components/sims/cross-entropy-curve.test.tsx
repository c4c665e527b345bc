import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import CrossEntropyCurve from '../../../components/sims/cross-entropy-curve/CrossEntropyCurve';
import CrossEntropyCurveLazy from '../../../components/sims/cross-entropy-curve';

afterEach(cleanup);

const slider = () => screen.getByRole('slider', { name: /P\(correct\)/ });

describe('CrossEntropyCurve', () => {
  it('starts at P(correct) = 0.50 with a loss of ln 2 = 0.693, as unsure as a coin toss between 2 tokens', () => {
    render(<CrossEntropyCurve />);
    expect(screen.getByTestId('probability')).toHaveTextContent('0.50');
    expect(screen.getByTestId('loss')).toHaveTextContent('0.693');
    expect(screen.getByTestId('choices')).toHaveTextContent('2.00 tokens');
    expect(screen.getByTestId('left-over')).toHaveTextContent('0.50');
  });

  it('shows −ln 0.9 = 0.105 after moving the slider to 0.90, and −ln 0.01 = 4.605 at the far left', () => {
    render(<CrossEntropyCurve />);
    fireEvent.change(slider(), { target: { value: '90' } });
    expect(screen.getByTestId('loss')).toHaveTextContent('0.105'); // 0.1053605
    expect(screen.getByTestId('choices')).toHaveTextContent('1.11 tokens');
    fireEvent.change(slider(), { target: { value: '1' } });
    expect(screen.getByTestId('loss')).toHaveTextContent('4.605'); // ln 100 = 4.6051702
    expect(screen.getByTestId('choices')).toHaveTextContent('100.00 tokens');
  });

  it('moves in hundredths: one step up from the start, 0.51, costs −ln 0.51 = 0.673', () => {
    render(<CrossEntropyCurve />);
    fireEvent.change(slider(), { target: { value: '51' } });
    expect(screen.getByTestId('probability')).toHaveTextContent('0.51');
    expect(screen.getByTestId('loss')).toHaveTextContent('0.673'); // 0.6733446
  });

  it('costs nothing at certainty: P(correct) = 1.00 gives a loss of 0.000, never a negative zero', () => {
    render(<CrossEntropyCurve />);
    fireEvent.change(slider(), { target: { value: '100' } });
    expect(screen.getByTestId('loss')).toHaveTextContent('0.000');
    expect(screen.getByTestId('loss')).not.toHaveTextContent('−');
  });

  it('describes the marked point in the chart’s text alternative', () => {
    render(<CrossEntropyCurve />);
    fireEvent.change(slider(), { target: { value: '25' } });
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Line chart of the loss −ln p against P(correct) from 0.01 to 1: it falls steeply near 0 and flattens to 0 at 1. Marked: P(correct) 0.25, loss 1.386.',
    );
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<CrossEntropyCurveLazy />);
    expect(await screen.findByRole('slider', { name: /P\(correct\)/ })).toHaveValue('50');
  });
});
