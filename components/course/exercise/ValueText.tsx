import type { ReactNode } from 'react';
import { formatValue } from './compare';
import type { Value } from './types';

/** Same path? Used to mark the first wrong element where it sits inside a nested list. */
const samePath = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A value printed as Python prints it, with the element at `mark` (indices into nested lists) wrapped in <mark>
 * and labelled for screen readers. Lists of lists go one row per line, so a matrix reads as a matrix.
 */
export function ValueText({ value, mark, path = [] }: { value: Value; mark?: readonly number[] | null; path?: number[] }): ReactNode {
  const marked = mark && samePath(mark, path);
  let body: ReactNode;
  if (Array.isArray(value)) {
    const rows = value.length > 0 && value.every(Array.isArray);
    body = (
      <>
        [
        {value.map((v, i) => (
          <span key={i}>
            {i > 0 && (rows ? ',\n ' : ', ')}
            <ValueText value={v} mark={mark} path={[...path, i]} />
          </span>
        ))}
        ]
      </>
    );
  } else body = formatValue(value);
  if (!marked) return body;
  return (
    <mark className="value-wrong">
      <span className="visually-hidden">(first wrong value:) </span>
      {body}
    </mark>
  );
}
