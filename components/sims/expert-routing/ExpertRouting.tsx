import { useId, useMemo, useState } from 'react';
import { drawRouting, summarizeRouting } from '../../../engine/routingDraw';
import { formatFixed } from './format';
import LoadChart from './LoadChart';
import { ROUTING, WORDS } from './routingSetup';
import './expertRouting.css';

/** Chapter 9's routing simulation: tokens, a router, and which 2 of 8 experts each token is sent to. */
export default function ExpertRouting() {
  const titleId = useId();
  const [tokenSeed, setTokenSeed] = useState(1);
  const [routerSeed, setRouterSeed] = useState(1);
  const draw = useMemo(
    () => drawRouting({ ...ROUTING, vocab: WORDS.length, tokenSeed, routerSeed }),
    [tokenSeed, routerSeed],
  );
  const { routing, tokenIds } = draw;
  const { runs, denseRuns, evenLoad: even, busiest, idle } = summarizeRouting(routing);

  return (
    <figure className="sim-frame moe-sim">
      <div className="moe-controls">
        <button type="button" onClick={() => setTokenSeed((s) => s + 1)}>
          Route new tokens
        </button>
        <button type="button" onClick={() => setRouterSeed((s) => s + 1)}>
          New router weights
        </button>
      </div>
      <p className="moe-table-title" id={titleId}>
        Where the router sends each token (gate = its share of the token’s output)
      </p>
      <div className="sim-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="moe-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">Token</th>
              <th scope="col">1st expert (gate)</th>
              <th scope="col">2nd expert (gate)</th>
              <th scope="col">Top probability</th>
            </tr>
          </thead>
          <tbody>
            {tokenIds.map((id, t) => (
              <tr key={t} data-token={t}>
                <th scope="row">{WORDS[id]}</th>
                {routing.chosen[t].map((e, i) => (
                  <td key={e} data-column={`expert-${i + 1}`}>
                    E{e + 1} ({formatFixed(routing.gates[t][i], 2)})
                  </td>
                ))}
                <td data-column="top-probability">{formatFixed(routing.probs.data[t * ROUTING.experts + routing.chosen[t][0]], 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="moe-table-title">Load: tokens per expert</p>
      <LoadChart load={routing.load} even={even} />
      <p className="moe-summary" aria-live="polite">
        {ROUTING.tokens} tokens × {ROUTING.k} experts = <strong>{runs} expert runs</strong>, instead of{' '}
        {denseRuns} if every expert saw every token. Busiest: E{busiest.expert + 1} with {busiest.load} tokens (even
        would be {even}); {idle === 0 ? 'no expert is idle' : `${idle} idle`}.
        Load-balancing loss: <strong data-testid="balance-loss">{formatFixed(routing.balanceLoss, 3)}</strong> (1 means
        perfectly even; up to {ROUTING.experts} when everything crowds onto one expert).
      </p>
      <figcaption>
        Press “Route new tokens” to draw eight new tokens, or “New router weights” to give the router a new random
        matrix. Each token’s vector is multiplied by the router matrix, softmax turns the 8 scores into probabilities,
        and the top 2 experts run, weighted by their renormalised gates. The router here is random, not trained.
      </figcaption>
    </figure>
  );
}
