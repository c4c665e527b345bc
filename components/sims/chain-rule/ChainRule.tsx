import { useState } from 'react';
import { chainRule, type ChainLink } from '../../../engine/numericDerivative';
import { fixed, scientific, short } from '../primer-common/format';
import Slider from '../primer-common/Slider';
import '../primer-common/primer.css';

/** The chain of the picture: x → u = 2x − 1 → v = u² → y = sin v, each with its derivative worked out on paper. */
export const LINKS: readonly ChainLink[] = [
  { label: 'u = 2x − 1', apply: (x) => 2 * x - 1, derivative: () => 2 },
  { label: 'v = u²', apply: (u) => u * u, derivative: (u) => 2 * u },
  { label: 'y = sin v', apply: (v) => Math.sin(v), derivative: (v) => Math.cos(v) },
];
const LOCAL = ['du/dx = 2', 'dv/du = 2u', 'dy/dv = cos v'];

/** The primer's chain rule: local slopes multiplied along a chain, checked against the slope measured numerically. */
export default function ChainRule() {
  const [x, setX] = useState(1);
  const r = chainRule(LINKS, x);
  const gap = Math.abs(r.chainSlope - r.measuredSlope);
  return (
    <figure className="pr cr">
      <Slider label="Input x" min={-1} max={2} step={0.05} value={x} onChange={setX} format={(v) => short(v, 2)} />
      <div className="pr-scroll" role="region" aria-label="The chain, link by link" tabIndex={0}>
        <table className="pr-table cr-table">
          <caption>x flows forward; each link has its own local slope</caption>
          <thead>
            <tr>
              <th scope="col">Link</th>
              <th scope="col">In</th>
              <th scope="col">Out</th>
              <th scope="col">Local slope</th>
            </tr>
          </thead>
          <tbody>
            {LINKS.map((link, k) => (
              <tr key={link.label}>
                <th scope="row">{link.label}</th>
                <td>{fixed(r.inputs[k], 3)}</td>
                <td>{fixed(r.outputs[k], 3)}</td>
                <td data-local={k}>
                  {LOCAL[k]} = {fixed(r.localSlopes[k], 3)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="pr-readout" aria-live="polite">
        Chain rule: dy/dx = {r.localSlopes.map((s) => fixed(s, 3)).join(' × ')} ={' '}
        <strong data-stat="chain">{fixed(r.chainSlope, 4)}</strong>
        <br />
        Measured: (y(x + h) − y(x − h)) / 2h with h = 0.00001 ={' '}
        <strong data-stat="measured">{fixed(r.measuredSlope, 4)}</strong>
        <br />
        <span className="pr-status" data-stat="agreement">
          {gap < 1e-4 ? 'They agree' : 'They differ'} (difference {gap === 0 ? '0' : scientific(gap)}).
        </span>
      </p>
      <figcaption>
        Move x and watch each link’s local slope change. Their product, the chain rule, always matches the slope
        measured by nudging x through the whole chain. Near x = 0.5, where u = 0, one factor is 0 and so is the product.
      </figcaption>
    </figure>
  );
}
