import type { LabState } from './labState';

/** A relative error in scientific notation, or a word when it is not a number. */
function scientific(value: number): string {
  return Number.isFinite(value) ? value.toExponential(1).replace('e-', ' × 10^−').replace('e+', ' × 10^') : 'not a finite number';
}

/** Props: the run (with the latest check) and the request. */
export interface GradientPanelProps {
  state: LabState;
  onCheck(): void;
}

/** Section: verify gradients, tensor by tensor, on the current weights. */
export function GradientPanel({ state, onCheck }: GradientPanelProps) {
  const report = state.gradients;
  const canCheck = state.status === 'ready' || state.status === 'paused' || state.status === 'finished';
  const passed = report ? report.result.worstRelativeError < report.tolerance : false;
  return (
    <figure className="lab-panel">
      <button type="button" onClick={onCheck} disabled={!canCheck || state.checking}>Verify gradients</button>
      <p role="status" data-testid="lab-gradcheck-status">
        {state.checking ? 'Checking every parameter tensor…'
          : report ? `At step ${report.step}, the worst relative error is ${scientific(report.result.worstRelativeError)}: ${passed ? 'below' : 'above'} the tolerance ${scientific(report.tolerance)}.`
            : canCheck ? 'Pause the training, then press Verify gradients.' : 'Pause the training to check its gradients.'}
      </p>
      {report && (
        <div className="lab-scroll" tabIndex={0} role="region" aria-label="Worst relative error per tensor">
          <table className="lab-table">
            <thead><tr><th scope="col">Tensor</th><th scope="col">Entries checked</th><th scope="col">Worst relative error</th></tr></thead>
            <tbody>
              {report.result.tensors.map((t) => (
                <tr key={t.name}><th scope="row">{t.name}</th><td>{t.checked}</td><td>{scientific(t.worstRelativeError)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <figcaption>
        For a few entries of each tensor, the weight is nudged by ±h and ±2h and the change in loss gives a five-point
        finite difference; it is compared with the gradient the backward pass computed, in double precision.
      </figcaption>
    </figure>
  );
}
