import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import ResidualBus from '../../../components/sims/residual-bus/ResidualBus';
import ResidualBusLazy from '../../../components/sims/residual-bus';

afterEach(cleanup);

const holds = (block: string) => document.querySelector(`tr[data-block="${block}"] [data-column="holds"]`)?.textContent;
const stageSlider = () => screen.getByRole('slider', { name: 'Read the stream' });

describe('ResidualBus', () => {
  it('holds only the token and its position after the embedding', () => {
    render(<ResidualBus />);
    expect(screen.getByText(/^Sequence:/)).toHaveTextContent('<s> K A I P P K A I P P');
    // Position 7 is the A of the second copy.
    expect(holds('token')).toBe('A (1.00)');
    expect(holds('position')).toBe('position 7 (1.00)');
    expect(holds('previous')).toBe('empty');
    expect(holds('copied')).toBe('empty');
  });

  it('adds the previous token after layer 1 and the copied next token after layer 2, keeping what was there', () => {
    render(<ResidualBus />);
    fireEvent.change(stageSlider(), { target: { value: '1' } });
    expect(stageSlider()).toHaveAttribute('aria-valuetext', 'after layer 1');
    expect(holds('previous')).toBe('K (1.00)'); // position 6 holds K
    expect(holds('copied')).toBe('empty');
    fireEvent.change(stageSlider(), { target: { value: '2' } });
    // The earlier A (position 2) was followed by I (position 3): the induction head copies I.
    expect(holds('copied')).toBe('I (1.00)');
    expect(holds('token')).toBe('A (1.00)');
    expect(holds('previous')).toBe('K (1.00)');
    expect(screen.getByRole('img')).toHaveAccessibleName(/highlighted up to just after layer 2/);
  });

  it('reads another position with the second slider: position 3 holds I, after A', () => {
    render(<ResidualBus />);
    fireEvent.change(stageSlider(), { target: { value: '1' } });
    fireEvent.change(screen.getByRole('slider', { name: 'At position' }), { target: { value: '3' } });
    expect(holds('token')).toBe('I (1.00)');
    expect(holds('previous')).toBe('A (1.00)');
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<ResidualBusLazy />);
    expect(await screen.findByRole('slider', { name: 'Read the stream' })).toBeInTheDocument();
  });
});
