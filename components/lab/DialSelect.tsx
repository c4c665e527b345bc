import { useId } from 'react';

/** Props: a visible label, the current value, the allowed values and how to show them. */
export interface DialSelectProps {
  label: string;
  value: number;
  choices: readonly number[];
  onChange(value: number): void;
  format?: (value: number) => string;
}

/** One labelled dial as a native select, so it works from the keyboard and reads well to a screen reader. */
export function DialSelect({ label, value, choices, onChange, format = String }: DialSelectProps) {
  const id = useId();
  return (
    <span className="lab-dial">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {choices.map((c) => <option key={c} value={c}>{format(c)}</option>)}
      </select>
    </span>
  );
}
