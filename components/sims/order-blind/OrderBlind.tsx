import { useId, useMemo, useState } from 'react';
import { getRow } from '../../../engine/matrix';
import { attendInOrder, largestDifference } from '../../../engine/orderBlind';
import { sinusoidalTable } from '../../../engine/positional';
import { formatFixed, formatShort } from '../token-similarity/format';
import { ORDERS, sentenceOf, WORDS, WORD_VECTORS } from './orderTokens';
import './orderBlind.css';

const POSITIONS = sinusoidalTable(WORDS.length, WORD_VECTORS.cols);
const vectorText = (v: ArrayLike<number>) => `(${Array.from(v, (x) => formatFixed(x, 2)).join(', ')})`;
// Inputs are whole numbers until positions are added; 1 reads better than 1.00 there.
const inputText = (v: ArrayLike<number>) => `(${Array.from(v, (x) => formatShort(x, 2)).join(', ')})`;

/** Chapter 4's first demo: reorder three words and see bare attention's outputs only move, until positions are added. */
export default function OrderBlind() {
  const name = useId();
  const checkId = useId();
  const titleId = useId();
  const [orderIndex, setOrderIndex] = useState(1);
  const [withPositions, setWithPositions] = useState(false);
  const positions = withPositions ? POSITIONS : undefined;
  const order = ORDERS[orderIndex];
  const current = useMemo(() => attendInOrder(WORD_VECTORS, order, positions), [order, positions]);
  const reference = useMemo(() => attendInOrder(WORD_VECTORS, ORDERS[0], positions), [positions]);
  const catNow = current.outputByToken[0];
  const catBefore = reference.outputByToken[0];
  const change = largestDifference(catNow, catBefore);
  const same = change < 5e-3;

  return (
    <figure className="ob">
      <fieldset className="ob-orders">
        <legend>Word order</legend>
        {ORDERS.map((o, i) => (
          <label key={i}>
            <input type="radio" name={name} checked={orderIndex === i} onChange={() => setOrderIndex(i)} />
            <span>“{sentenceOf(o)}”</span>
          </label>
        ))}
      </fieldset>
      <div className="ob-toggle">
        <input id={checkId} type="checkbox" checked={withPositions} onChange={(e) => setWithPositions(e.target.checked)} />
        <label htmlFor={checkId}>Add a position vector to each word (sinusoidal, 4 numbers)</label>
      </div>
      <p className="ob-title" id={titleId}>
        Self-attention on “{sentenceOf(order)}”{withPositions ? ', positions added' : ', no positions'}
      </p>
      <div className="ob-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="ob-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Word</th>
              <th scope="col">Vector attention reads</th>
              <th scope="col">Output</th>
            </tr>
          </thead>
          <tbody>
            {order.map((word, place) => (
              <tr key={place} className={word === 0 ? 'ob-cat' : undefined}>
                <td>{place}</td>
                <th scope="row">{WORDS[word]}</th>
                <td data-column="input">{inputText(getRow(current.input, place))}</td>
                <td data-column="output">{vectorText(current.outputByToken[word])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ob-verdict" role="status">
        Output of “cat” here: <strong>{vectorText(catNow)}</strong>. In “{sentenceOf(ORDERS[0])}” it is{' '}
        {vectorText(catBefore)}. Largest difference: <strong data-testid="cat-change">{formatFixed(change, 3)}</strong>
        {' — '}
        {same
          ? 'the same vector: attention cannot tell the orders apart.'
          : 'a different vector: now the order changes what “cat” sees.'}
      </p>
      <figcaption>
        Pick another word order and compare the outputs: without positions each word’s output row only moves with the
        word. Then tick “Add a position vector” and compare again. The word vectors were chosen by hand: cat · cat = 2,
        cat · sat = cat · mat = 1.
      </figcaption>
    </figure>
  );
}
