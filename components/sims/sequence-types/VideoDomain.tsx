import { useMemo, useState } from 'react';
import { bouncingBallFrames, type BouncePath } from '../../../engine/sequences';
import { formatFixed } from './format';
import TokenStrip from './TokenStrip';
import RangeField from '../../ui/RangeField';

// A 100 × 50 scene: the ball rolls from x = 10 to x = 90 and bounces twice, 30 units high.
const FRAME_W = 100;
const FRAME_H = 50;
const RADIUS = 5;
/** The ball's path in the clip (y measured down from the top, as in SVG). */
export const PATH: BouncePath = { startX: 10, endX: 90, floorY: 40, height: 30, bounces: 2 };
// The motion before it is cut into frames, drawn as a faint trail.
const TRAIL_POINTS = 120;

/** Video becomes a sequence of frames: snapshots of the scene at evenly spaced moments. */
export default function VideoDomain() {
  const [count, setCount] = useState(9);
  const trail = useMemo(() => bouncingBallFrames(TRAIL_POINTS, PATH), []);
  const frames = useMemo(() => bouncingBallFrames(count, PATH), [count]);
  const heightOf = (y: number) => PATH.floorY - y;

  return (
    <div className="seq-domain">
      <RangeField
        className="seq-field"
        label="Frames in the clip"
        min={3}
        max={12}
        step={1}
        value={count}
        output={count}
        valueText={`${count} frames`}
        onChange={setCount}
      />
      <svg
        className="seq-chart seq-scene"
        viewBox={`0 0 ${FRAME_W} ${FRAME_H}`}
        role="img"
        aria-label={`A ball rolling left to right and bouncing twice, 30 units high. The clip is cut into ${count} frames; each frame's ball position is listed below.`}
      >
        <line x1={0} x2={FRAME_W} y1={PATH.floorY + RADIUS} y2={PATH.floorY + RADIUS} className="seq-axis" />
        <polyline className="seq-trail" fill="none" points={trail.map((p) => `${p.x},${p.y}`).join(' ')} />
        {frames.map((p, i) => (
          <circle key={i} cx={p.x} cy={p.y} r={RADIUS} className="seq-ball seq-ghost" />
        ))}
      </svg>
      <TokenStrip
        unit="frame"
        items={frames.map((p) => ({
          picture: (
            <svg className="seq-frame" viewBox={`0 0 ${FRAME_W} ${FRAME_H}`} aria-hidden="true">
              <rect x={0} y={0} width={FRAME_W} height={FRAME_H} className="seq-frame-bg" />
              <line x1={0} x2={FRAME_W} y1={PATH.floorY + RADIUS} y2={PATH.floorY + RADIUS} className="seq-axis" />
              <circle cx={p.x} cy={p.y} r={RADIUS} className="seq-ball" />
            </svg>
          ),
          text: `x ${formatFixed(p.x, 0)}, height ${formatFixed(heightOf(p.y), 0)}`,
        }))}
      />
    </div>
  );
}
