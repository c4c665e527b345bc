import { useId } from 'react';
import type { StudentFunction } from './useStudentFunction';
import './useMyCode.css';

/**
 * The switch a figure shows once its exercise has passed: the figure then draws what the student's own function
 * returns, and says so; switching off (or any problem with their function) brings back the course's numbers.
 */
export function UseMyCode({ fn, name }: { fn: StudentFunction; name: string }) {
  const id = useId();
  if (!fn.available) return null;
  return (
    <div className="use-my-code">
      <input id={id} type="checkbox" checked={fn.using} onChange={(e) => fn.setUsing(e.target.checked)} />{' '}
      <label htmlFor={id}>Use my {name} (from the exercise)</label>
      <p className="use-my-code-status" role="status">
        {fn.using && !fn.problem && (fn.value === null ? `Running your ${name}…` : `Using your ${name}.`)}
        {fn.using && fn.problem && `Showing the course's ${name}: ${fn.problem}.`}
      </p>
    </div>
  );
}
