import { useMemo } from 'react';
import { closedFormLine, type LineParams } from '../../../engine/ladder/line';
import { formatFixed } from './format';
import PointsTable from './PointsTable';

const matrixText = (m: readonly (readonly number[])[], decimals: number) =>
  `[${m.map((row) => `[${row.map((v) => formatFixed(v, decimals)).join(', ')}]`).join(', ')}]`;

/** Props of the closed-form panel. */
export interface ClosedFormProps {
  /** The loss of the line the sliders set now, to compare with the best possible. */
  currentLoss: number;
  onApply: (p: LineParams) => void;
}

/** The normal equation (XᵀX)⁻¹Xᵀy worked through on the four points, with a button that moves the sliders there. */
export default function ClosedForm({ currentLoss, onApply }: ClosedFormProps) {
  const fit = useMemo(() => closedFormLine(), []);
  const gap = currentLoss - fit.loss;
  return (
    <section className="ld-closed" aria-label="The closed form">
      <PointsTable
        caption="The closed form (XᵀX)⁻¹Xᵀy, computed; X has rows (x, 1)"
        columns={['Quantity', 'Value']}
        testId="closed-form"
        rows={[
          ['XᵀX', matrixText(fit.xtx, 0)],
          ['(XᵀX)⁻¹', matrixText(fit.xtxInverse, 2)],
          ['Xᵀy', `[${fit.xty.map((v) => formatFixed(v, 0)).join(', ')}]`],
          ['w*', formatFixed(fit.params.w, 4)],
          ['b*', formatFixed(fit.params.b, 4)],
          ['MSE', formatFixed(fit.loss, 4)],
        ]}
      />
      <p className="ld-note" data-testid="closed-form-gap">
        {gap < 5e-5
          ? 'Your line is at the closed form’s loss: no line can do better.'
          : `Your line’s MSE is ${formatFixed(gap, 4)} above the closed form’s.`}
      </p>
      <div className="ld-buttons">
        <button type="button" onClick={() => onApply(fit.params)}>
          Jump to the closed form
        </button>
      </div>
    </section>
  );
}
