import { useId, useMemo, useState } from 'react';
import { createRng } from '../../../engine/random';
import { reverseOrder, sameOrder, sameTokens, shuffleOrder, tokenizeWords } from '../../../engine/sequences';
import TokenStrip from './TokenStrip';

type Order = { kind: 'original' } | { kind: 'reversed' } | { kind: 'shuffled'; seed: number };

const DEFAULT_SENTENCE = 'dog bites man';

/** Text becomes a sequence of word tokens; reversing or shuffling keeps the tokens and changes the meaning. */
export default function TextDomain() {
  const inputId = useId();
  const [sentence, setSentence] = useState(DEFAULT_SENTENCE);
  const [order, setOrder] = useState<Order>({ kind: 'original' });
  const tokens = useMemo(() => tokenizeWords(sentence), [sentence]);
  const shown = useMemo(() => {
    if (order.kind === 'reversed') return reverseOrder(tokens);
    if (order.kind === 'shuffled') return shuffleOrder(tokens, createRng(order.seed));
    return tokens;
  }, [tokens, order]);
  const nextSeed = order.kind === 'shuffled' ? order.seed + 1 : 1;

  return (
    <div className="seq-domain">
      <div className="seq-field">
        <label htmlFor={inputId}>Sentence</label>
        <input
          id={inputId}
          type="text"
          value={sentence}
          maxLength={120}
          onChange={(e) => {
            setSentence(e.target.value);
            setOrder({ kind: 'original' });
          }}
        />
      </div>
      <div className="seq-actions" role="group" aria-label="Word order">
        <button type="button" onClick={() => setOrder({ kind: 'reversed' })} disabled={tokens.length < 2}>
          Reverse order
        </button>
        <button type="button" onClick={() => setOrder({ kind: 'shuffled', seed: nextSeed })} disabled={tokens.length < 2}>
          Shuffle
        </button>
        <button type="button" onClick={() => setOrder({ kind: 'original' })} disabled={order.kind === 'original'}>
          Original order
        </button>
      </div>
      {tokens.length === 0 ? (
        <p className="seq-note" role="status">
          Type at least one word to see it split into tokens.
        </p>
      ) : (
        <>
          <TokenStrip unit="token" items={shown.map((t) => ({ text: t }))} />
          <div className="seq-compare" role="status">
            {order.kind === 'original' ? (
              <p>
                Reads as: <q>{shown.join(' ')}</q>. Try reversing or shuffling it.
              </p>
            ) : (
              <>
                <p>
                  Reads as: <q>{shown.join(' ')}</q> (was <q>{tokens.join(' ')}</q>)
                </p>
                <p>
                  Same tokens as the original: <strong>{sameTokens(tokens, shown) ? 'yes' : 'no'}</strong>. Same
                  order: <strong>{sameOrder(tokens, shown) ? 'yes' : 'no'}</strong>.
                </p>
              </>
            )}
          </div>
        </>
      )}
    </div>
  );
}
