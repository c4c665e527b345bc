import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import GroupedQuery from '../../../components/sims/grouped-query/GroupedQuery';
import GroupedQueryLazy from '../../../components/sims/grouped-query';

afterEach(cleanup);

const text = (id: string) => screen.getByTestId(id).textContent;

describe('GroupedQuery', () => {
  it('caches 2 · 80 · 8 · 128 · 2 = 327,680 bytes = 320 KiB per token with 8 key/value heads, 40 GiB for 131,072 tokens', () => {
    render(<GroupedQuery />);
    expect(screen.getByRole('radio', { name: /^Grouped-query/ })).toBeChecked();
    expect(text('per-token')).toBe('320 KiB');
    expect(text('total')).toBe('40.0 GiB');
    expect(screen.getByText(/share each key\/value head/)).toHaveTextContent('8 query heads share each key/value head');
    expect(screen.getByText(/of the multi-head cache/)).toHaveTextContent('12.5% of the multi-head cache');
  });

  it('needs 8 times as much, 320 GiB, with one key/value head per query head, and 1/64 of that with one in all', async () => {
    const user = userEvent.setup();
    render(<GroupedQuery />);
    await user.click(screen.getByRole('radio', { name: /^Multi-head/ }));
    expect(text('per-token')).toBe('2.50 MiB'); // 2 · 80 · 64 · 128 · 2 = 2,621,440 bytes
    expect(text('total')).toBe('320 GiB');
    await user.click(screen.getByRole('radio', { name: /^Multi-query/ }));
    expect(text('per-token')).toBe('40.0 KiB'); // 2 · 80 · 1 · 128 · 2 = 40,960 bytes
    expect(text('total')).toBe('5.00 GiB');
    expect(screen.getByText(/of the multi-head cache/)).toHaveTextContent('1.6% of the multi-head cache');
  });

  it('lists all three options in a table, the text alternative to the bars', () => {
    render(<GroupedQuery />);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((r) => r.textContent);
    expect(rows).toEqual(['642.50 MiB320 GiB', '8320 KiB40.0 GiB', '140.0 KiB5.00 GiB']);
  });

  it('loads through the lazy wrapper the lesson imports', async () => {
    render(<GroupedQueryLazy />);
    expect(await screen.findByRole('radio', { name: /^Multi-query/ })).toBeInTheDocument();
  });
});
