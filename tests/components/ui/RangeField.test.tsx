import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RangeField from '../../../components/ui/RangeField';

afterEach(cleanup);

/** A parent that owns the value, as every simulation does, and writes it with one decimal and a unit. */
function Owner({ onChange }: { onChange?: (v: number) => void }) {
  const [value, setValue] = useState(0.5);
  return (
    <RangeField
      label="Learning rate η"
      min={0}
      max={2}
      step={0.1}
      value={value}
      output={`${value.toFixed(1)} per step`}
      valueText={`${value.toFixed(1)} per step`}
      className="demo-field"
      onChange={(v) => {
        onChange?.(v);
        setValue(v);
      }}
    />
  );
}

describe('RangeField', () => {
  it('is named by its visible label and has the range the caller gave it', () => {
    render(<Owner />);
    const slider = screen.getByRole('slider', { name: 'Learning rate η' });
    expect(screen.getByText('Learning rate η').tagName).toBe('LABEL');
    expect(slider).toHaveAttribute('min', '0');
    expect(slider).toHaveAttribute('max', '2');
    expect(slider).toHaveAttribute('step', '0.1');
    expect(slider.closest('.demo-field')).not.toBeNull();
  });

  it('shows the caller’s text in the output and speaks the same text, not the raw number', () => {
    render(<Owner />);
    const slider = screen.getByRole('slider', { name: 'Learning rate η' });
    expect(slider).toHaveAttribute('aria-valuetext', '0.5 per step');
    const output = document.querySelector('output');
    expect(output).toHaveTextContent('0.5 per step');
    expect(output).toHaveAttribute('for', slider.id);
  });

  it('hands the new value to the caller as a number, and the output and spoken text follow it', () => {
    const seen = vi.fn();
    render(<Owner onChange={seen} />);
    const slider = screen.getByRole('slider', { name: 'Learning rate η' });
    fireEvent.change(slider, { target: { value: '1.2' } });
    expect(seen).toHaveBeenCalledWith(1.2);
    expect(slider).toHaveAttribute('aria-valuetext', '1.2 per step');
    expect(document.querySelector('output')).toHaveTextContent('1.2 per step');
  });

  it('gives two fields on one page their own ids, so each label and output points at its own slider', () => {
    render(
      <>
        <RangeField label="a" min={0} max={1} value={0} output="0" onChange={() => {}} />
        <RangeField label="b" min={0} max={1} value={1} output="1" onChange={() => {}} />
      </>,
    );
    const a = screen.getByRole('slider', { name: 'a' });
    const b = screen.getByRole('slider', { name: 'b' });
    expect(a.id).not.toBe(b.id);
    expect(b).toHaveValue('1');
    // Without valueText the browser reads the number itself.
    expect(a).not.toHaveAttribute('aria-valuetext');
  });
});
