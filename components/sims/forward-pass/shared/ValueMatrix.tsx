import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { isHighlighted, type Stage } from '../../../../engine/forwardPass/provenance';
import { formatFixed } from './format';
import { useHighlight } from './highlight';
import MatrixTable from './MatrixTable';

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * A computed matrix. Every cell can be focused (or hovered) to highlight the cells it was computed from; `format`
 * lets a table show words instead of numbers for special cells (a masked score). The table is one Tab stop and the
 * arrow keys move between its cells, so a page of tables does not cost hundreds of Tab presses.
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
  const [current, setCurrent] = useState<[number, number]>([0, 0]);
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const move = (event: KeyboardEvent<HTMLTableCellElement>, row: number, col: number) => {
    const step = MOVES[event.key];
    if (!step) return;
    event.preventDefault();
    const next: [number, number] = [
      Math.min(rows - 1, Math.max(0, row + step[0])),
      Math.min(cols - 1, Math.max(0, col + step[1])),
    ];
    const table = event.currentTarget.closest('table');
    table?.querySelector<HTMLElement>(`[data-cell="${stage}-${next[0]}-${next[1]}"]`)?.focus();
  };
  return (
    <MatrixTable
      stage={stage}
      rows={rows}
      cols={cols}
      caption={caption}
      renderCell={(i, j) => {
        const text = format(values[i][j], i, j);
        const isActive = active?.stage === stage && active.row === i && active.col === j;
        return (
          <td
            key={j}
            tabIndex={current[0] === i && current[1] === j ? 0 : -1}
            data-cell={`${stage}-${i}-${j}`}
            data-highlighted={isHighlighted(sources, stage, i, j) || undefined}
            data-active={isActive || undefined}
            onFocus={() => {
              setCurrent([i, j]);
              point({ stage, row: i, col: j, text });
            }}
            onMouseEnter={() => point({ stage, row: i, col: j, text })}
            onKeyDown={(event) => move(event, i, j)}
          >
            {text}
          </td>
        );
      }}
    />
  );
}
