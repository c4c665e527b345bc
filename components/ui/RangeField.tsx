import { useId } from 'react';

/** Props of the shared labelled slider. */
export interface RangeFieldProps {
  /** The visible label, which is also the slider's accessible name. */
  label: string;
  min: number;
  max: number;
  step?: number;
  /** Where the thumb sits; callers that let a value run past the track clamp it before passing it in. */
  value: number;
  /** The value as written in the <output> and read by screen readers (aria-valuetext). */
  text: string;
  /** The wrapper's class, so each simulation keeps its own layout. */
  className?: string;
  onChange: (value: number) => void;
}

/**
 * A native range input with a visible label and an <output> beside it. Native, so mouse, touch and the arrow,
 * Home and End keys all work without extra code; aria-valuetext makes a screen reader say the same text the
 * output shows rather than the raw number.
 */
export default function RangeField({ label, min, max, step = 1, value, text, className, onChange }: RangeFieldProps) {
  const id = useId();
  return (
    <div className={className}>
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
