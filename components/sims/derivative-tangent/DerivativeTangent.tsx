import { useRef, useState, type PointerEvent } from 'react';
import { forwardDifference, tangentAt, tangentValue } from '../../../engine/numericDerivative';
import { fixed, short } from '../primer-common/format';
import Slider from '../primer-common/Slider';
import { pointerToPlot, snap, type PlotWindow } from '../primer-common/svgPoint';
import { curve, CURVE_LABEL, curveSlope } from './curve';
import '../primer-common/primer.css';

const W: PlotWindow = { xMin: -2.5, xMax: 2.5, yMin: -3, yMax: 3 };
const SAMPLES = Array.from({ length: 101 }, (_, i) => W.xMin + (i / 100) * (W.xMax - W.xMin));
const CURVE_PATH = SAMPLES.map((x, i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(3)},${(-curve(x)).toFixed(3)}`).join(' ');
const PUSHES = [0.5, 0.1, 0.001];

/** The primer's derivative: a point on a curve with its tangent line and slope, and the slope of a small push. */
export default function DerivativeTangent() {
  const [x, setX] = useState(2);
  const dragging = useRef(false);
  const tangent = tangentAt(curve, curveSlope, x);
  const move = (event: PointerEvent<SVGSVGElement>) => {
    const p = pointerToPlot(event, event.currentTarget, W);
    if (p) setX(snap(p.x, -2.4, 2.4, 0.1));
  };
  const trend = tangent.slope > 0 ? 'rising' : tangent.slope < 0 ? 'falling' : 'flat: a turning point';
  return (
    <figure className="pr dt">
      <svg
        className="pr-svg dt-svg"
        viewBox={`${W.xMin} ${-W.yMax} ${W.xMax - W.xMin} ${W.yMax - W.yMin}`}
        role="img"
        aria-label={`The curve ${CURVE_LABEL} with its tangent at x = ${short(x, 1)}: f(x) = ${fixed(tangent.y0, 3)}, slope ${fixed(tangent.slope, 2)}.`}
        onPointerDown={(e) => {
          dragging.current = true;
          e.currentTarget.setPointerCapture?.(e.pointerId);
          move(e);
        }}
        onPointerMove={(e) => dragging.current && move(e)}
        onPointerUp={() => (dragging.current = false)}
        onPointerCancel={() => (dragging.current = false)}
      >
        <line className="pr-axis" x1={W.xMin} y1={0} x2={W.xMax} y2={0} />
        <line className="pr-axis" x1={0} y1={-W.yMax} x2={0} y2={-W.yMin} />
        <path className="pr-curve" d={CURVE_PATH} />
        <line
          className="pr-second"
          strokeWidth={0.05}
          x1={W.xMin}
          y1={-tangentValue(tangent, W.xMin)}
          x2={W.xMax}
          y2={-tangentValue(tangent, W.xMax)}
        />
        <circle className="pr-dot" cx={x} cy={-tangent.y0} r={0.14} />
      </svg>
      <p className="pr-readout" aria-live="polite">
        At x = <strong>{short(x, 1)}</strong>: f(x) = <strong data-stat="value">{fixed(tangent.y0, 3)}</strong>, slope
        f′(x) = x² − 1 = <strong data-stat="slope">{fixed(tangent.slope, 2)}</strong> ({trend}).
      </p>
      <Slider label="Point x" min={-2.4} max={2.4} step={0.1} value={x} onChange={setX} format={(v) => short(v, 1)} />
      <div className="pr-scroll" role="region" aria-label="Slopes measured by pushing x" tabIndex={0}>
        <table className="pr-table">
          <caption>Push x by ε: the change in f divided by ε</caption>
          <thead>
            <tr>
              <th scope="col">ε</th>
              <th scope="col">(f(x + ε) − f(x)) / ε</th>
            </tr>
          </thead>
          <tbody>
            {PUSHES.map((eps) => (
              <tr key={eps}>
                <th scope="row">{eps}</th>
                <td data-push={eps}>{fixed(forwardDifference(curve, x, eps), 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        Drag the point along the curve {CURVE_LABEL}, or use the slider. The orange line is the tangent; its slope is
        the derivative. Smaller pushes ε measure a slope ever closer to it. Find the two places where it is 0.
      </figcaption>
    </figure>
  );
}
