import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lazySimulation } from '../../../components/course/lazySimulation';

describe('a lazily loaded simulation', () => {
  it('reserves its height and says it is loading until its code arrives, then shows the simulation', async () => {
    let finish: (m: { default: () => React.JSX.Element }) => void = () => {};
    const Sim = lazySimulation<object>(() => new Promise((resolve) => (finish = resolve)), { minHeight: 420, label: 'Test simulation' });
    const { container } = render(<Sim />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the test simulation…');
    expect((container.firstChild as HTMLElement).style.minHeight).toBe('420px');
    finish({ default: () => <p>Simulation ready</p> });
    expect(await screen.findByText('Simulation ready')).toBeInTheDocument();
    expect((container.firstChild as HTMLElement).style.minHeight).toBe('420px');
  });

  it('says so in words when its code cannot load', async () => {
    const Sim = lazySimulation<object>(() => Promise.reject(new Error('offline')), { minHeight: 100, label: 'Broken simulation' });
    const quiet = console.error;
    console.error = () => {};
    try {
      render(<Sim />);
      expect(await screen.findByRole('alert')).toHaveTextContent('The broken simulation could not be shown. Reload the page to try again.');
    } finally {
      console.error = quiet;
    }
  });
});
