import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import Lab from '../../../components/lab/Lab';
import { kernelsText } from '../../../components/lab/kernels';
import { initialLabState, labReducer } from '../../../components/lab/labState';
import { makeGptConfig } from '../../../engine/gpt/config';
import { memoryStorage, SessionLabWorker, smallLabData } from './fakeLabWorker';

describe('the Lab says which kernels train the model', () => {
  it('names each kernel path the worker can report in words, and shows a dash before it has reported', () => {
    expect(kernelsText(null)).toBe('—');
    expect(kernelsText('wasm-simd')).toBe('WebAssembly SIMD');
    expect(kernelsText('wasm-relaxed-simd')).toBe('WebAssembly relaxed SIMD');
    expect(kernelsText('typescript')).toBe('TypeScript (this browser has no WebAssembly SIMD)');
    expect(kernelsText('  ')).toBe('—');
  });

  it('keeps the path from the ready message through training, and takes the new one after a reset', () => {
    const config = makeGptConfig({});
    let state = labReducer(initialLabState, { type: 'ready', config, parameterCount: 1, step: 0, kernels: 'wasm-simd' });
    expect(state.kernels).toBe('wasm-simd');
    state = labReducer(state, { type: 'start-sent' });
    state = labReducer(state, { type: 'progress', step: 1, loss: 3.2, learningRate: 0.01, gradientNorm: 1, stepsPerSecond: 40 });
    expect(state.kernels).toBe('wasm-simd');
    state = labReducer(state, { type: 'reset-sent' });
    state = labReducer(state, { type: 'ready', config, parameterCount: 1, step: 0, kernels: 'typescript' });
    expect(state.kernels).toBe('typescript');
  });

  it('shows the TypeScript fallback on the page when the worker reports it, and it still trains', async () => {
    const user = userEvent.setup();
    render(<Lab createWorker={() => new SessionLabWorker(5, false, 'typescript')} storage={memoryStorage()} loadData={smallLabData} />);
    await screen.findByText('Ready: press Train to start.');
    expect(screen.getByTestId('lab-kernels')).toHaveTextContent('TypeScript (this browser has no WebAssembly SIMD)');
    await user.click(screen.getByRole('button', { name: 'Train' }));
    await screen.findByText('Paused at step 5.');
    expect(screen.getByTestId('lab-kernels')).toHaveTextContent('TypeScript (this browser has no WebAssembly SIMD)');
  });

  it('shows WebAssembly SIMD when the worker reports the SIMD path', async () => {
    render(<Lab createWorker={() => new SessionLabWorker()} storage={memoryStorage()} loadData={smallLabData} />);
    await screen.findByText('Ready: press Train to start.');
    expect(screen.getByTestId('lab-kernels')).toHaveTextContent(/^WebAssembly SIMD$/);
  });
});
