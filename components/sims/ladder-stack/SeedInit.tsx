import { useId, useState } from 'react';

/** The largest seed the box accepts; any whole number would do, this keeps the box short. */
export const MAX_SEED = 99999;

/** Reads the seed box: a whole number from 1 to MAX_SEED, or null. */
export function parseSeed(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const seed = Number(text);
  return seed >= 1 && seed <= MAX_SEED ? seed : null;
}

/** Props of the seeded random-init control. */
export interface SeedInitProps {
  /** The seed of the last draw, or null when the knobs did not come from one. */
  drawnFrom: number | null;
  onDraw: (seed: number) => void;
}

/** A seed box and a "Random init" button: the same seed always draws the same four knobs, so a run can be repeated. */
export default function SeedInit({ drawnFrom, onDraw }: SeedInitProps) {
  const id = useId();
  const [text, setText] = useState('1');
  const seed = parseSeed(text);
  const draw = () => {
    if (seed === null) return;
    onDraw(seed);
    // The box moves on to the next seed, so pressing again draws a fresh start.
    setText(String(seed >= MAX_SEED ? 1 : seed + 1));
  };
  return (
    <div className="ld-seed">
      <label htmlFor={id}>Seed</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_SEED}
        step={1}
        value={text}
        aria-invalid={seed === null}
        aria-describedby={`${id}-note`}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="button" onClick={draw}>
        Random init
      </button>
      <p className="ld-note" id={`${id}-note`} data-testid="seed-note">
        {seed === null
          ? `A seed is a whole number from 1 to ${MAX_SEED.toLocaleString('en-US')}.`
          : drawnFrom === null
            ? 'Knobs set by hand.'
            : `Knobs drawn from seed ${drawnFrom}.`}
      </p>
    </div>
  );
}
