import { useState } from 'react';
import { fromRows, getColumn, getRow, matmul, toRows } from '../../../engine/matrix';
import { productShape } from '../../../engine/primer';
import { dot } from '../../../engine/vector';
import { short } from '../primer-common/format';
import MatrixTable from './MatrixTable';
import '../primer-common/primer.css';
import './matrixMultiply.css';

const A = fromRows([
  [1, 2, 0],
  [-1, 3, 1],
]);
// Two choices of B: one whose rows match A's columns, one that does not.
const B_CHOICES = {
  fits: fromRows([
    [2, 1],
    [0, -1],
    [1, 4],
  ]),
  mismatch: fromRows([
    [2, 1],
    [0, -1],
  ]),
};
type Choice = keyof typeof B_CHOICES;

const paren = (v: number) => (v < 0 ? `(${short(v)})` : short(v));

/** The primer's matrix multiply: each output cell is row i of A · column j of B; a wrong shape is explained. */
export default function MatrixMultiply() {
  const [choice, setChoice] = useState<Choice>('fits');
  const [cell, setCell] = useState({ i: 0, j: 0 });
  const B = B_CHOICES[choice];
  const shape = productShape(A.rows, A.cols, B.rows, B.cols);
  const product = shape.ok ? toRows(matmul(A, B)) : null;
  const row = getRow(A, cell.i);
  const column = shape.ok ? getColumn(B, cell.j) : null;
  const cellValue = column ? dot(row, column) : null;

  return (
    <figure className="pr mm">
      <fieldset className="mm-choice">
        <legend>Matrix B</legend>
        <label>
          <input type="radio" name="mm-b" checked={choice === 'fits'} onChange={() => setChoice('fits')} /> 3 × 2
        </label>
        <label>
          <input type="radio" name="mm-b" checked={choice === 'mismatch'} onChange={() => setChoice('mismatch')} />{' '}
          2 × 2
        </label>
      </fieldset>
      <div className="mm-row">
        <MatrixTable name="A" rows={toRows(A)} highlightRow={shape.ok ? cell.i : undefined} />
        <span className="mm-op" aria-hidden="true">×</span>
        <MatrixTable name="B" rows={toRows(B)} highlightColumn={shape.ok ? cell.j : undefined} />
        <span className="mm-op" aria-hidden="true">=</span>
        {product ? (
          <MatrixTable
            name="A × B"
            rows={product}
            selected={cell}
            onSelect={(i, j) => setCell({ i, j })}
          />
        ) : (
          <p className="mm-none">no product</p>
        )}
      </div>
      {shape.ok && column && cellValue !== null ? (
        <p className="pr-readout" aria-live="polite" data-testid="mm-terms">
          Row {cell.i + 1} of A meets column {cell.j + 1} of B:{' '}
          {Array.from(row, (v, k) => `${paren(v)}×${paren(column[k])}`).join(' + ')} ={' '}
          <strong>{short(cellValue)}</strong>. A is {A.rows} × {A.cols}, B is {B.rows} × {B.cols}, so A × B is{' '}
          {shape.rows} × {shape.cols}.
        </p>
      ) : (
        <p className="pr-warning" role="status" data-testid="mm-terms">
          Shapes do not line up. {shape.ok ? '' : shape.reason}
        </p>
      )}
      <figcaption>
        Hover over an output cell, or Tab to it, to see which row of A meets which column of B. Then choose the 2 × 2
        B to see why the shapes must line up.
      </figcaption>
    </figure>
  );
}
