import { useId } from 'react';

/** Props of a labelled native slider with its value shown beside it. */
export interface RangeFieldProps {
  label: string;
  min: number;
  max: number;
  step?: number;
  value: number;
  /** What to show and speak for the value, when it is not the number itself. */
  shown?: string;
  onChange: (value: number) => void;
}

/** A native range input with a visible label and an output, operable with the arrow keys. */
export default function RangeField({ label, min, max, step = 1, value, shown, onChange }: RangeFieldProps) {
  const id = useId();
  const text = shown ?? String(value);
  return (
    <div className="kvm-field">
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
