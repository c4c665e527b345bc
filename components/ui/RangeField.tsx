import { useId, type ReactNode } from 'react';

/** Props of the shared labelled slider. */
export interface RangeFieldProps {
  /** The visible label, which is also the slider's accessible name. */
  label: string;
  min: number;
  max: number;
  step?: number;
  /** Where the thumb sits; callers that let a value run past the track clamp it before passing it in. */
  value: number;
  /** What the <output> beside the slider shows. */
  output: ReactNode;
  /** What a screen reader says for the value (aria-valuetext), when the bare number would not be enough. */
  valueText?: string;
  /** The wrapper's class, so each simulation keeps its own layout. */
  className?: string;
  onChange: (value: number) => void;
}

/**
 * A native range input with a visible label and an <output> beside it. Native, so mouse, touch and the arrow,
 * Home and End keys all work without extra code; `valueText`, when given, lets a screen reader say what the value
 * means (a unit, or the width an index stands for) rather than the raw number.
 */
export default function RangeField({ label, min, max, step = 1, value, output, valueText, className, onChange }: RangeFieldProps) {
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
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <output htmlFor={id}>{output}</output>
    </div>
  );
}
