import { useId } from 'react';

/** Props of a labelled range slider with its value shown beside it. */
export interface SliderProps {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: (value: number) => void;
  /** How the current value is written in the output and read by screen readers. */
  format: (value: number) => string;
}

/** A native range input with a visible label and an <output>, so mouse, touch and keyboard all work. */
export default function Slider({ label, min, max, step, value, onChange, format }: SliderProps) {
  const id = useId();
  const text = format(value);
  return (
    <div className="pr-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{text}</output>
    </div>
  );
}
