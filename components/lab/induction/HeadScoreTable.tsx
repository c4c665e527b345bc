import { formatFixed } from '../../sims/training-preview/format';
import { INDUCTION_THRESHOLD, type InductionJump, type InductionPoint } from './inductionState';
import { headName } from './ScoreChart';

/** Props: the measurements so far and the jump, once seen. */
export interface HeadScoreTableProps {
  measures: readonly InductionPoint[];
  jump: InductionJump | null;
}

/** The first step at which a head scored above the threshold, or null. */
function firstAbove(measures: readonly InductionPoint[], layer: number, head: number): number | null {
  const hit = measures.find((m) => m.headScores[layer][head] > INDUCTION_THRESHOLD);
  return hit ? hit.step : null;
}

/**
 * The score chart's text alternative: for every head, its score at the first measurement, now, and at best, and
 * the step it first passed the threshold. The jump's head is marked in words, not only by position.
 */
export function HeadScoreTable({ measures, jump }: HeadScoreTableProps) {
  const first = measures[0];
  const last = measures.at(-1);
  if (!first || !last) return null;
  return (
    <div className="lab-scroll" tabIndex={0} role="region" aria-label="Prefix-matching score of each head, as a table">
      <table className="lab-table" data-testid="induction-score-table">
        <caption>Prefix-matching score of each head (step {first.step} to step {last.step})</caption>
        <thead>
          <tr>
            <th scope="col">Head</th>
            <th scope="col">Step {first.step}</th>
            <th scope="col">Now (step {last.step})</th>
            <th scope="col">Best</th>
            <th scope="col">First above {INDUCTION_THRESHOLD}</th>
          </tr>
        </thead>
        <tbody>
          {last.headScores.map((row, layer) => row.map((score, head) => {
            const best = Math.max(...measures.map((m) => m.headScores[layer][head]));
            const above = firstAbove(measures, layer, head);
            const isJump = jump !== null && jump.layer === layer && jump.head === head;
            return (
              <tr key={`${layer}-${head}`} className={isJump ? 'induction-jump-row' : undefined}>
                <th scope="row">{headName(layer, head)}{isJump ? ' (induction head)' : ''}</th>
                <td>{formatFixed(first.headScores[layer][head], 2)}</td>
                <td>{formatFixed(score, 2)}</td>
                <td>{formatFixed(best, 2)}</td>
                <td>{above === null ? 'not yet' : `step ${above}`}</td>
              </tr>
            );
          }))}
        </tbody>
      </table>
    </div>
  );
}
