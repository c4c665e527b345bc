import { short } from '../primer-common/format';

/** Props: a matrix as rows, its name, what to highlight, and (for the product) how to pick a cell. */
export interface MatrixTableProps {
  name: string;
  rows: readonly (readonly number[])[];
  highlightRow?: number;
  highlightColumn?: number;
  selected?: { i: number; j: number };
  onSelect?: (i: number, j: number) => void;
}

/** A small matrix drawn as a table; with onSelect its cells are buttons that focus and hover pick. */
export default function MatrixTable({ name, rows, highlightRow, highlightColumn, selected, onSelect }: MatrixTableProps) {
  const size = `${rows.length} × ${rows[0]?.length ?? 0}`;
  return (
    <table className="pr-table mm-matrix" aria-label={`${name}, ${size}`}>
      <caption>
        {name} <span className="mm-size">({size})</span>
      </caption>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => {
              const on = i === highlightRow || j === highlightColumn || (selected?.i === i && selected.j === j);
              return (
                <td key={j} className={on ? 'mm-on' : undefined} data-cell={`${i}-${j}`}>
                  {onSelect ? (
                    <button
                      type="button"
                      className="mm-cell"
                      aria-pressed={selected?.i === i && selected.j === j}
                      aria-label={`Row ${i + 1}, column ${j + 1}: ${short(v)}`}
                      onFocus={() => onSelect(i, j)}
                      onMouseEnter={() => onSelect(i, j)}
                      onClick={() => onSelect(i, j)}
                    >
                      {short(v)}
                    </button>
                  ) : (
                    short(v)
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
