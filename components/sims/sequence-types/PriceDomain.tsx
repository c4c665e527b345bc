import { useMemo, useState } from 'react';
import { createRng } from '../../../engine/random';
import { extent, priceWalk, type PriceWalk } from '../../../engine/sequences';
import { formatDollars } from './format';
import TokenStrip from './TokenStrip';

/** The made-up stock: 20 trading days from $100, drifting +0.1% a day with typical moves of 2%. */
export const WALK: PriceWalk = { start: 100, days: 20, drift: 0.001, volatility: 0.02 };
const WIDTH = 320;
const HEIGHT = 120;
const PAD = 10;

/** A price history becomes a sequence of values, one closing price per day. */
export default function PriceDomain() {
  const [seed, setSeed] = useState(1);
  const prices = useMemo(() => priceWalk(createRng(seed), WALK), [seed]);
  const { min, max } = extent(prices);
  const span = max - min || 1;
  const x = (day: number) => PAD + (day / (prices.length - 1)) * (WIDTH - 2 * PAD);
  const y = (p: number) => PAD + ((max - p) / span) * (HEIGHT - 2 * PAD);
  const last = prices[prices.length - 1];

  return (
    <div className="seq-domain">
      <div className="seq-actions">
        <button type="button" onClick={() => setSeed((s) => s + 1)}>
          Another price history
        </button>
        <span className="seq-note">Random seed {seed}</span>
      </div>
      <svg
        className="seq-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Closing price over ${prices.length} days: starts at ${formatDollars(prices[0])}, ends at ${formatDollars(last)}, lowest ${formatDollars(min)}, highest ${formatDollars(max)}. Every price is listed below.`}
      >
        <polyline className="seq-curve" fill="none" points={prices.map((p, i) => `${x(i)},${y(p)}`).join(' ')} />
        {prices.map((p, i) => (
          <circle key={i} cx={x(i)} cy={y(p)} r={2.5} className="seq-dot" />
        ))}
      </svg>
      <p className="seq-note">
        Day 0: {formatDollars(prices[0])} · day {prices.length - 1}: {formatDollars(last)} · low {formatDollars(min)} ·
        high {formatDollars(max)}
      </p>
      <TokenStrip unit="value" items={prices.map((p) => ({ text: formatDollars(p) }))} />
    </div>
  );
}
