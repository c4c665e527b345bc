import { useId } from 'react';
import { formatFixed } from './format';

/** Props of one labelled knob. */
export interface ParamSliderProps {
  /** The visible label and accessible name, e.g. "w" or "b₁". */
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  decimals: number;
  onChange: (value: number) => void;
}

/**
 * A native range input with a visible label and an output. Training can carry a knob past the slider's end; the
 * output always shows the true value, and the thumb rests at the end of its track.
 */
export default function ParamSlider({ label, value, min, max, step, decimals, onChange }: ParamSliderProps) {
  const id = useId();
  const text = formatFixed(value, decimals);
  return (
    <div className="ld-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={Math.min(max, Math.max(min, value))}
        aria-valuetext={text}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
}
