import { useRef, useState, type PointerEvent } from 'react';
import { dotGeometry } from '../../../engine/primer';
import Arrow from '../primer-common/Arrow';
import { fixed, short } from '../primer-common/format';
import Slider from '../primer-common/Slider';
import { pointerToPlot, snap, type PlotWindow } from '../primer-common/svgPoint';
import '../primer-common/primer.css';

type Vec = { x: number; y: number };
const LIMIT = 3;
const STEP = 0.1;
const WINDOW: PlotWindow = { xMin: -3.5, xMax: 3.5, yMin: -3.5, yMax: 3.5 };
const fmt = (v: number) => short(v, 1);

// SVG y grows downward; the plot's y grows upward.
const toSvg = (p: Vec): Vec => ({ x: p.x, y: -p.y });

/** The primer's dot product: drag two arrows (or use the sliders) and watch a · b, the angle and the cosine. */
export default function DotProductArrows() {
  const [a, setA] = useState<Vec>({ x: 2, y: 1 });
  const [b, setB] = useState<Vec>({ x: 1, y: 2 });
  const dragging = useRef<'a' | 'b' | null>(null);
  const g = dotGeometry([a.x, a.y], [b.x, b.y]);

  const place = (which: 'a' | 'b', p: Vec) => {
    const next = { x: snap(p.x, -LIMIT, LIMIT, STEP), y: snap(p.y, -LIMIT, LIMIT, STEP) };
    (which === 'a' ? setA : setB)(next);
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const p = pointerToPlot(event, event.currentTarget, WINDOW);
    if (!p) return;
    // The tip nearer to the press is the one picked up.
    dragging.current = Math.hypot(p.x - a.x, p.y - a.y) <= Math.hypot(p.x - b.x, p.y - b.y) ? 'a' : 'b';
    event.currentTarget.setPointerCapture?.(event.pointerId);
    place(dragging.current, p);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!dragging.current) return;
    const p = pointerToPlot(event, event.currentTarget, WINDOW);
    if (p) place(dragging.current, p);
  };
  const stop = () => {
    dragging.current = null;
  };
  const preset = (kind: 'same' | 'perpendicular' | 'opposite') => {
    if (kind === 'same') setB({ ...a });
    if (kind === 'perpendicular') setB({ x: -a.y, y: a.x });
    if (kind === 'opposite') setB({ x: -a.x, y: -a.y });
  };

  const angle = g.angleDegrees === null ? 'undefined (an arrow has no length)' : `${fixed(g.angleDegrees, 1)}°`;
  const cosine = g.cosine === null ? 'undefined' : fixed(g.cosine, 3);
  const summary =
    `a = (${fmt(a.x)}, ${fmt(a.y)}), b = (${fmt(b.x)}, ${fmt(b.y)}). ` +
    `a · b = ${fmt(a.x)}×${fmt(b.x)} + ${fmt(a.y)}×${fmt(b.y)} = ${short(g.dot, 2)}; angle ${angle}; cosine ${cosine}.`;
  return (
    <figure className="pr dpa">
      <svg
        className="pr-svg"
        viewBox={`${WINDOW.xMin} ${-WINDOW.yMax} ${WINDOW.xMax - WINDOW.xMin} ${WINDOW.yMax - WINDOW.yMin}`}
        role="img"
        aria-label={`Two arrows from the origin. ${summary}`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={stop}
        onPointerCancel={stop}
      >
        {[-3, -2, -1, 1, 2, 3].map((t) => (
          <g key={t}>
            <line className="pr-grid" x1={t} y1={-3.5} x2={t} y2={3.5} />
            <line className="pr-grid" x1={-3.5} y1={t} x2={3.5} y2={t} />
          </g>
        ))}
        <line className="pr-axis" x1={-3.5} y1={0} x2={3.5} y2={0} />
        <line className="pr-axis" x1={0} y1={-3.5} x2={0} y2={3.5} />
        <Arrow from={{ x: 0, y: 0 }} to={toSvg(a)} className="pr-accent" />
        <Arrow from={{ x: 0, y: 0 }} to={toSvg(b)} className="pr-second" />
        <text className="pr-label" x={toSvg(a).x + 0.15} y={toSvg(a).y - 0.15}>a</text>
        <text className="pr-label" x={toSvg(b).x + 0.15} y={toSvg(b).y - 0.15}>b</text>
      </svg>
      <p className="pr-readout" aria-live="polite" data-testid="dot-readout">
        a · b = {fmt(a.x)}×{fmt(b.x)} + {fmt(a.y)}×{fmt(b.y)} = <strong data-stat="dot">{short(g.dot, 2)}</strong>
        {' · '}angle <strong data-stat="angle">{angle}</strong>
        {' · '}cos θ = <strong data-stat="cosine">{cosine}</strong>
        {' · '}
        <span className="pr-status" data-stat="relation">
          {g.relation === 'undefined' ? 'no direction' : g.relation}
        </span>
      </p>
      <div className="pr-buttons" role="group" aria-label="Set arrow b relative to arrow a">
        <button type="button" onClick={() => preset('same')}>Same direction</button>
        <button type="button" onClick={() => preset('perpendicular')}>Perpendicular</button>
        <button type="button" onClick={() => preset('opposite')}>Opposite</button>
      </div>
      <div className="pr-controls">
        <Slider label="a, x" min={-LIMIT} max={LIMIT} step={STEP} value={a.x} onChange={(x) => setA({ ...a, x })} format={fmt} />
        <Slider label="a, y" min={-LIMIT} max={LIMIT} step={STEP} value={a.y} onChange={(y) => setA({ ...a, y })} format={fmt} />
        <Slider label="b, x" min={-LIMIT} max={LIMIT} step={STEP} value={b.x} onChange={(x) => setB({ ...b, x })} format={fmt} />
        <Slider label="b, y" min={-LIMIT} max={LIMIT} step={STEP} value={b.y} onChange={(y) => setB({ ...b, y })} format={fmt} />
      </div>
      <figcaption>
        Drag the tip of arrow a (blue) or b (orange), or use the sliders. Then try the three buttons, which turn b
        to match a: the same direction gives a positive dot product, perpendicular gives 0, opposite a negative one.
      </figcaption>
    </figure>
  );
}
