import { useId } from 'react';
import { formatFixed, formatWeight } from './format';

/** Props: token labels, the (masked) scores and the weights as rows, which stage to show, and the score scale. */
export interface AttentionGridProps {
  tokens: readonly string[];
  scores: readonly (readonly number[])[];
  weights: readonly (readonly number[])[];
  /** Σ_j w_ij per row, from the engine. */
  rowSums: readonly number[];
  /** Σ_{j > i} w_ij per row, from the engine. */
  laterWeights: readonly number[];
  stage: 'scores' | 'weights';
  scale: number;
}

/** The attention matrix as a table heatmap: a row per token that looks, a column per token looked at. */
export default function AttentionGrid({ tokens, scores, weights, rowSums, laterWeights, stage, scale }: AttentionGridProps) {
  const titleId = useId();
  const showWeights = stage === 'weights';
  return (
    <>
      <p className="cmask-title" id={titleId}>
        {showWeights
          ? 'Attention weights: row = the token looking, column = the token looked at'
          : `Scores q·k × ${formatFixed(scale, 3)} (that is, ÷ √2): row = the token looking, column = the token looked at`}
      </p>
      <div className="cmask-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="cmask-table" aria-labelledby={titleId}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Token looking</span>
              </th>
              {tokens.map((token, j) => (
                <th scope="col" key={j}>
                  {token}
                </th>
              ))}
              {showWeights && (
                <>
                  <th scope="col">Row sum</th>
                  <th scope="col">On later tokens</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {tokens.map((token, i) => {
              return (
                <tr key={i}>
                  <th scope="row">{token}</th>
                  {tokens.map((_, j) => {
                    const masked = scores[i][j] === -Infinity;
                    const value = showWeights ? formatWeight(weights[i][j]) : formatFixed(scores[i][j], 2);
                    return (
                      <td
                        key={j}
                        data-cell={`${i}-${j}`}
                        className={masked ? 'cmask-masked' : undefined}
                        // The accent, mixed in up to 45%, keeps the number readable in both themes.
                        style={showWeights && !masked ? { ['--cmask-heat' as string]: `${Math.round(weights[i][j] * 45)}%` } : undefined}
                      >
                        {value}
                      </td>
                    );
                  })}
                  {showWeights && (
                    <>
                      <td data-cell={`${i}-sum`}>{formatFixed(rowSums[i], 3)}</td>
                      <td data-cell={`${i}-later`}>{formatWeight(laterWeights[i])}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
