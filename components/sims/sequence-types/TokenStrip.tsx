import type { ReactNode } from 'react';

/** One element of a sequence: what the box shows, and an optional picture above the text. */
export interface StripItem {
  text: ReactNode;
  picture?: ReactNode;
}

/** Props: the elements in order, and what to call one of them (token, sample, frame, value). */
export interface TokenStripProps {
  items: readonly StripItem[];
  unit: string;
}

/** A sequence drawn as numbered boxes in order, with its length stated above. */
export default function TokenStrip({ items, unit }: TokenStripProps) {
  const noun = items.length === 1 ? unit : `${unit}s`;
  return (
    <div className="seq-strip">
      <p className="seq-count">
        Sequence of <strong>{items.length}</strong> {noun}
      </p>
      <ol className="seq-boxes" aria-label={`Sequence of ${items.length} ${noun}`}>
        {items.map((item, i) => (
          <li key={i} className="seq-box">
            <span className="seq-index" aria-hidden="true">
              {i}
            </span>
            <span className="seq-sr-only">{`${unit} ${i}: `}</span>
            {item.picture}
            <span className="seq-value">{item.text}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
