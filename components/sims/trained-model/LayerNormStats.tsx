import { formatFixed } from '../forward-pass/shared/format';
import TraceTable from './TraceTable';

/** Props: the table's name, caption and rows, and one LayerNorm's traced mean and 1/σ per row. */
export interface LayerNormStatsProps {
  name: string;
  caption: string;
  rowLabels: readonly string[];
  stats: { mean: ArrayLike<number>; rstd: ArrayLike<number> };
}

/** Each row's mean μ and 1/σ of one LayerNorm, to four decimals: the same table for LN₁ and LN₂. */
export default function LayerNormStats({ name, caption, rowLabels, stats }: LayerNormStatsProps) {
  return (
    <TraceTable name={name} caption={caption} rowLabels={rowLabels} colLabels={['mean μ', '1/σ']}
      values={Array.from(stats.mean, (m, t) => [m, stats.rstd[t]])} format={(v) => formatFixed(v, 4)} />
  );
}
