import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PendingWork } from '../../../app/pwa/activity';
import { UpdatePrompt } from '../../../app/pwa/UpdatePrompt';
import type { UpdateStatus, UpdateWatch } from '../../../app/pwa/updateWatch';

/** A watch the test moves by hand, recording what the prompt asked of it. */
function handWatch(initial: UpdateStatus = 'waiting') {
  let status = initial;
  const listeners = new Set<() => void>();
  const watch: UpdateWatch & { become(next: UpdateStatus): void } = {
    getStatus: () => status,
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    reload: vi.fn(),
    dismiss: vi.fn(() => watch.become('current')),
    become(next) {
      status = next;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
  return watch;
}

const nothingPending = (): PendingWork => ({ training: false, uncheckedAnswer: false });
const training = (): PendingWork => ({ training: true, uncheckedAnswer: false });

describe('the update prompt', () => {
  it('shows nothing until a new version waits, then says so in a status region with Reload and Not now', () => {
    const watch = handWatch('current');
    render(<UpdatePrompt watch={watch} readWork={nothingPending} />);
    expect(screen.queryByRole('region', { name: 'New version' })).toBeNull();
    watch.become('waiting');
    const prompt = screen.getByRole('region', { name: 'New version' });
    expect(prompt.closest('[role="status"]')).not.toBeNull();
    expect(prompt).toHaveTextContent('A new version is available.');
    expect(within(prompt).getAllByRole('button').map((b) => b.textContent)).toEqual(['Reload', 'Not now']);
    expect(watch.reload).not.toHaveBeenCalled();
  });

  it('reloads at once on Reload when nothing would be lost', async () => {
    const user = userEvent.setup();
    const watch = handWatch();
    render(<UpdatePrompt watch={watch} readWork={nothingPending} />);
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(watch.reload).toHaveBeenCalledTimes(1);
  });

  it('says training will stop and waits for a second press before reloading, or goes back on Keep working', async () => {
    const user = userEvent.setup();
    const watch = handWatch();
    render(<UpdatePrompt watch={watch} readWork={training} />);
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(watch.reload).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'New version' })).toHaveTextContent('Reloading stops the training run in progress.');
    // A second Enter from the keyboard keeps working rather than reloading.
    expect(screen.getByRole('button', { name: 'Keep working' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByText('Reloading stops the training run in progress.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Reload' })).toHaveFocus();
    expect(watch.reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    await user.click(screen.getByRole('button', { name: 'Reload anyway' }));
    expect(watch.reload).toHaveBeenCalledTimes(1);
  });

  it('hides on Not now and reads the page again the next time Reload is pressed', async () => {
    const user = userEvent.setup();
    const watch = handWatch();
    const readWork = vi.fn(nothingPending);
    render(<UpdatePrompt watch={watch} readWork={readWork} />);
    await user.click(screen.getByRole('button', { name: 'Not now' }));
    expect(watch.dismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: 'New version' })).toBeNull();
    readWork.mockImplementation(training);
    watch.become('waiting');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(screen.getByText('Reloading stops the training run in progress.')).toBeInTheDocument();
    expect(watch.reload).not.toHaveBeenCalled();
  });

  it('tells a page left on the old version that another tab switched, without reloading it', () => {
    const watch = handWatch('switched-elsewhere');
    render(<UpdatePrompt watch={watch} readWork={nothingPending} />);
    expect(screen.getByRole('region', { name: 'New version' })).toHaveTextContent(
      'A new version is running in another tab of this course; reload to use it here too.',
    );
    expect(watch.reload).not.toHaveBeenCalled();
  });
});
