import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import LrSchedule from '../../../components/sims/lr-schedule/LrSchedule';
import LrScheduleLazy from '../../../components/sims/lr-schedule';
import { formatRate } from '../../../components/sims/lr-schedule/format';

afterEach(cleanup);

const warmup = () => screen.getByRole('slider', { name: 'Warmup steps' });
const peak = () => screen.getByRole('slider', { name: 'Peak learning rate' });

describe('LrSchedule', () => {
  it('starts with 100 warmup steps to a peak of 6.0 × 10⁻⁴, decaying to a tenth of it over 2000 steps', () => {
    render(<LrSchedule />);
    expect(screen.getByTestId('warmup')).toHaveTextContent('100');
    // Step 0 of warmup: 6e-4 × 1/100 = 6e-6.
    expect(screen.getByTestId('rate-first')).toHaveTextContent('6.0 × 10⁻⁶');
    expect(screen.getByTestId('rate-peak')).toHaveTextContent('6.0 × 10⁻⁴');
    expect(screen.getByText('Peak, at step 100')).toBeInTheDocument();
    // Halfway through the cosine (step (100 + 2000)/2 = 1050): (6e-4 + 6e-5)/2 = 3.3e-4.
    expect(screen.getByText('Halfway down, at step 1050')).toBeInTheDocument();
    expect(screen.getByTestId('rate-halfway')).toHaveTextContent('3.3 × 10⁻⁴');
    expect(screen.getByTestId('rate-final')).toHaveTextContent('6.0 × 10⁻⁵');
  });

  it('recomputes the ramp when warmup changes: 400 steps make the first rate 6e-4 / 400 = 1.5 × 10⁻⁶', () => {
    render(<LrSchedule />);
    fireEvent.change(warmup(), { target: { value: '400' } });
    expect(screen.getByTestId('rate-first')).toHaveTextContent('1.5 × 10⁻⁶');
    expect(screen.getByText('Peak, at step 400')).toBeInTheDocument();
    expect(screen.getByText('Halfway down, at step 1200')).toBeInTheDocument();
  });

  it('takes the very first step at the full peak when warmup is 0', () => {
    render(<LrSchedule />);
    fireEvent.change(warmup(), { target: { value: '0' } });
    expect(screen.getByTestId('rate-first')).toHaveTextContent('6.0 × 10⁻⁴');
    expect(screen.getByRole('img')).toHaveAccessibleName(/no warmup, starting at the peak 6\.0 × 10⁻⁴ at step 0/);
  });

  it('scales every landmark with the peak: 1e-3 gives 1.0 × 10⁻⁵ first, 5.5 × 10⁻⁴ halfway, 1.0 × 10⁻⁴ at the end', () => {
    render(<LrSchedule />);
    fireEvent.change(peak(), { target: { value: '4' } });
    expect(peak()).toHaveAttribute('aria-valuetext', '1.0 × 10⁻³');
    expect(screen.getByTestId('rate-first')).toHaveTextContent('1.0 × 10⁻⁵');
    expect(screen.getByTestId('rate-halfway')).toHaveTextContent('5.5 × 10⁻⁴');
    expect(screen.getByTestId('rate-final')).toHaveTextContent('1.0 × 10⁻⁴');
  });

  it('lists the training concepts with what each does', () => {
    render(<LrSchedule />);
    const table = screen.getByRole('table', { name: 'Training concepts at a glance' });
    expect(table).toHaveTextContent('Teacher forcing');
    expect(screen.getByRole('rowheader', { name: 'AdamW optimizer' })).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(6);
  });

  it('formats rates in scientific notation and never shows NaN', () => {
    expect(formatRate(6e-4)).toBe('6.0 × 10⁻⁴');
    expect(formatRate(3.3e-4)).toBe('3.3 × 10⁻⁴');
    expect(formatRate(0)).toBe('0');
    expect(formatRate(Number.NaN)).toBe('—');
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<LrScheduleLazy />);
    expect(await screen.findByRole('slider', { name: 'Warmup steps' })).toHaveValue('100');
  });
});
