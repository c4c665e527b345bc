import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { argmax, attendFrom, dotTerms, relativeStrength } from '../../../engine/similarity';
import { formatFixed, formatShort } from './format';
import { TOKENS, VECTORS } from './tokenVectors';
import SimilarityGrid from './SimilarityGrid';
import VectorTable from './VectorTable';
import './tokenSimilarity.css';

// "it" is where the chapter's question lives, so the page opens on it.
const START = TOKENS.indexOf('it');

/** Chapter 1's simulation: pick a token, see its dot product with every token, the softmax weights and the blend. */
export default function TokenSimilarity() {
  const [selected, setSelected] = useState(START);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const { scores, weights, output } = useMemo(() => attendFrom(selected, VECTORS), [selected]);
  const strength = relativeStrength(scores);
  const query = TOKENS[selected];
  const partner = argmax(scores, selected);
  const terms = dotTerms(VECTORS[selected], VECTORS[partner]);
  const heaviest = argmax(weights);

  const select = (index: number) => {
    const next = (index + TOKENS.length) % TOKENS.length;
    setSelected(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: TOKENS.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      select(moves[event.key]);
    }
  };

  return (
    <figure className="tsim">
      <div className="tsim-tokens" role="group" aria-label="Tokens of the sentence: pick the one that looks at the others">
        {TOKENS.map((token, i) => (
          <button
            key={i}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            className="tsim-token"
            aria-pressed={i === selected}
            aria-label={`${token}, score ${formatShort(scores[i])}`}
            // At most 45% accent, so the token's text stays readable on its brightest background in both themes.
            style={{ ['--tsim-strength' as string]: `${Math.round(strength[i] * 45)}%` }}
            onClick={() => select(i)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <span className="tsim-word">{token}</span>
            <span className="tsim-score">{formatShort(scores[i])}</span>
          </button>
        ))}
      </div>
      <p className="tsim-note">
        Brightness and the number under each token: its dot product with “{query}”. Brightest = most similar.
      </p>
      <p className="tsim-equation" aria-live="polite">
        Most similar other token: <strong>{TOKENS[partner]}</strong>. “{query}” · “{TOKENS[partner]}” ={' '}
        {terms.map((_, j) => `${formatShort(VECTORS[selected][j])}×${formatShort(VECTORS[partner][j])}`).join(' + ')} ={' '}
        <strong>{formatShort(scores[partner])}</strong>
      </p>
      <VectorTable tokens={TOKENS} vectors={VECTORS} selected={selected} scores={scores} weights={weights} output={output} />
      <p className="tsim-output">
        Softmax turns the scores into weights that add up to 1; the largest goes to <strong>{TOKENS[heaviest]}</strong>{' '}
        ({formatFixed(weights[heaviest] * 100, 1)}%). The new vector for “{query}” is the weighted average of all ten
        vectors: <strong>[{output.map((v) => formatFixed(v, 2)).join(', ')}]</strong>.
      </p>
      <SimilarityGrid tokens={TOKENS} vectors={VECTORS} selected={selected} />
      <figcaption>
        Click a token (or move with the arrow keys) to make it the one that attends. The vectors were chosen by hand
        for illustration, with four named features; a real model learns its own, with hundreds of unnamed numbers.
      </figcaption>
    </figure>
  );
}
