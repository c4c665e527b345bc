import { useEffect, useId, useRef, useState } from 'react';
import { dot } from '../../../engine/vector';
import { formatFixed } from '../token-similarity/format';
import { KEY, QUERY, rotatedPair } from './rope';
import RotationPicture from './RotationPicture';
import './ropeRotation.css';
import RangeField from '../../ui/RangeField';

const MAX = 15;
/** Up to three (m, n) pairs inside the sliders' range with n − m = distance: the first, a middle and the last. */
function samePlaces(distance: number): { m: number; n: number }[] {
  const valid = Array.from({ length: MAX + 1 }, (_, s) => ({ m: s, n: s + distance })).filter((p) => p.n >= 0 && p.n <= MAX);
  const picks = [0, Math.floor(valid.length / 2), valid.length - 1];
  return picks.filter((p, i) => picks.indexOf(p) === i).map((i) => valid[i]);
}
const angleText = (radians: number) => `${formatFixed((radians * 180) / Math.PI, 0)}°`;

/** Chapter 4's RoPE demo: rotate a 2-D query and key by their positions; the score follows the distance alone. */
export default function RopeRotation() {
  const titleId = useId();
  const [m, setM] = useState(2);
  const [n, setN] = useState(5);
  const moveRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  // Focus handed over after the render, once the receiving button is enabled.
  const focusNext = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    focusNext.current?.focus();
    focusNext.current = null;
  });
  const { q, k, score } = rotatedPair(m, n);
  const distance = n - m;
  const same = samePlaces(distance);
  const canShift = m < MAX && n < MAX;
  const description =
    `Query q turned by ${m} radians (${angleText(m)}) and key k by ${n} radians (${angleText(n)}) on a unit circle; ` +
    `the dashed arrows are q = (${QUERY.join(', ')}) and k = (${KEY.join(', ')}) before turning. ` +
    `Their score after turning is ${formatFixed(score, 3)}.`;

  return (
    <figure className="rr">
      <div className="rr-controls">
        <RangeField
          className="rr-field"
          label="Query position m"
          min={0}
          max={MAX}
          value={m}
          output={m}
          onChange={setM}
        />
        <RangeField
          className="rr-field"
          label="Key position n"
          min={0}
          max={MAX}
          value={n}
          output={n}
          onChange={setN}
        />
        <div className="rr-buttons">
          <button
            ref={moveRef}
            type="button"
            disabled={!canShift}
            onClick={() => {
              setM(m + 1);
              setN(n + 1);
              // At the last place this button disables itself; keep the keyboard on a button that still works.
              if (m + 1 === MAX || n + 1 === MAX) focusNext.current = resetRef.current;
            }}
          >
            Move both one place later
          </button>
          <button
            ref={resetRef}
            type="button"
            disabled={m === 2 && n === 5}
            onClick={() => {
              setM(2);
              setN(5);
              focusNext.current = moveRef.current;
            }}
          >
            Reset
          </button>
        </div>
      </div>
      <div className="rr-body">
        <RotationPicture query={q} keyVector={k} queryBefore={QUERY} keyBefore={KEY} description={description} />
        <div className="rr-numbers">
          <p>
            q turned by {m} rad: <strong data-testid="q-rotated">({formatFixed(q[0], 3)}, {formatFixed(q[1], 3)})</strong>
          </p>
          <p>
            k turned by {n} rad: <strong data-testid="k-rotated">({formatFixed(k[0], 3)}, {formatFixed(k[1], 3)})</strong>
          </p>
          <p role="status">
            Distance n − m = <strong>{formatFixed(distance, 0)}</strong>. Score q · k ={' '}
            <strong data-testid="rope-score">{formatFixed(score, 3)}</strong>
            {' '}(before turning: {formatFixed(dot(QUERY, KEY), 3)}).
          </p>
        </div>
      </div>
      <p className="rr-title" id={titleId}>
        Other places with the same distance {formatFixed(distance, 0)}: the same score
      </p>
      <div className="rr-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="rr-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">m</th>
              <th scope="col">n</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {same.map((p) => (
              <tr key={p.m}>
                <td>{p.m}</td>
                <td>{p.n}</td>
                <td data-column="score">{formatFixed(rotatedPair(p.m, p.n).score, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        Move the two positions, or press “Move both one place later”: the arrows turn, but as long as n − m stays
        the same the score does not change. This is RoPE’s fastest pair, which turns 1 radian (about 57°) per position.
      </figcaption>
    </figure>
  );
}
