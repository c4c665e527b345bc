import type { ReactNode } from 'react';
import { isHighlighted, type Stage } from '../../../../engine/forwardPass/provenance';
import { formatFixed } from './format';
import { useHighlight } from './highlight';
import MatrixTable from './MatrixTable';

/**
 * A computed matrix. Every cell can be focused (or hovered) to highlight the cells it was computed from; `format`
 * lets a table show words instead of numbers for special cells (a masked score).
 */
export default function ValueMatrix({
  stage,
  values,
  caption,
  format = (v) => formatFixed(v),
}: {
  stage: Stage;
  values: readonly (ArrayLike<number>)[];
  caption?: ReactNode;
  format?: (value: number, row: number, col: number) => string;
}) {
  const { active, sources, point } = useHighlight();
  const cols = values[0]?.length ?? 0;
  return (
    <MatrixTable
      stage={stage}
      rows={values.length}
      cols={cols}
      caption={caption}
      renderCell={(i, j) => {
        const text = format(values[i][j], i, j);
        const isActive = active?.stage === stage && active.row === i && active.col === j;
        return (
          <td
            key={j}
            tabIndex={0}
            data-cell={`${stage}-${i}-${j}`}
            data-highlighted={isHighlighted(sources, stage, i, j) || undefined}
            data-active={isActive || undefined}
            onFocus={() => point({ stage, row: i, col: j, text })}
            onMouseEnter={() => point({ stage, row: i, col: j, text })}
          >
            {text}
          </td>
        );
      }}
    />
  );
}
